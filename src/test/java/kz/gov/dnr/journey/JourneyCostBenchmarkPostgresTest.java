package kz.gov.dnr.journey;

import kz.gov.dnr.support.DnrPostgresTest;

/** The journey cost benchmark on PostgreSQL, the production database. */
@DnrPostgresTest
class JourneyCostBenchmarkPostgresTest extends JourneyCostBenchmark {

  @Override
  String database() {
    return "postgres";
  }
}
