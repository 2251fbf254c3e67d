package kz.gov.dnr.documents;

import kz.gov.dnr.support.DnrPostgresTest;

/** The document store on PostgreSQL. */
@DnrPostgresTest
class DocumentStorePostgresTest extends DocumentStoreContract {

  @Override
  String caseNumber() {
    return "DNR-2026-800002";
  }
}
