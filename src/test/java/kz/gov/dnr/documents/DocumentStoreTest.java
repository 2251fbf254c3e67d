package kz.gov.dnr.documents;

import kz.gov.dnr.support.DnrSpringTest;

/** The document store on H2. */
@DnrSpringTest
class DocumentStoreTest extends DocumentStoreContract {

  @Override
  String caseNumber() {
    return "DNR-2026-800001";
  }
}
