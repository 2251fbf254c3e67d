package kz.gov.dnr.journey;

import kz.gov.dnr.support.DnrSpringTest;

/** The journey cost benchmark on H2 (in memory, the tests' database). */
@DnrSpringTest
class JourneyCostBenchmarkTest extends JourneyCostBenchmark {

  @Override
  String database() {
    return "h2";
  }
}
