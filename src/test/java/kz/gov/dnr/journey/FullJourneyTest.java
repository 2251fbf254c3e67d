package kz.gov.dnr.journey;

import kz.gov.dnr.support.DnrSpringTest;

/** The whole journey on H2. */
@DnrSpringTest
class FullJourneyTest extends FullJourneyContract {
}
