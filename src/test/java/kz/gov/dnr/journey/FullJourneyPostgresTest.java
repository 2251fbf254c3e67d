package kz.gov.dnr.journey;

import kz.gov.dnr.support.DnrPostgresTest;

/** The whole journey on PostgreSQL. */
@DnrPostgresTest
class FullJourneyPostgresTest extends FullJourneyContract {
}
