package kz.gov.dnr.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Text extraction of a PDF, for tests in other packages. */
public final class GeneratedDocumentsTestAccess {

  private GeneratedDocumentsTestAccess() {
  }

  public static String text(byte[] pdf) {
    try {
      return GeneratedDocumentsTest.text(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
