package kz.gov.dnr.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Page breaks in tables, wherever the table starts on the page (engine-free). */
class PdfLayoutTest {

  static final float[] WIDTHS = {1, 11};

  /** The pages' text, one string per page. */
  static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper one = new PDFTextStripper();
        one.setStartPage(p);
        one.setEndPage(p);
        pages.add(one.getText(doc));
      }
    }
    return pages;
  }

  @Test
  void aTableHeaderNeverEndsAPageWithoutARowUnderIt() throws IOException {
    for (int lead = 40; lead <= 56; lead++) {
      PdfLayout p = PdfLayout.of(new PdfLayout.Meta("Test", "test", "en", "DNR-2026-000042", "REF", Instant.EPOCH));
      for (int i = 0; i < lead; i++) {
        p.paragraph(PdfLayout.Style.BODY, "Line " + i);
      }
      p.table(WIDTHS, new String[] {"No", "Header of the reasons"},
          List.of(new String[] {"1", "Row one, a reason\nof three\nlines"}, new String[] {"2", "Row two"}));
      List<String> pages = pages(p.render());
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("Header of the reasons")) {
          assertThat(pages.get(i)).as("page %d after %d lines: the header with a row", i + 1, lead).contains("Row ");
        }
      }
      assertThat(String.join("", pages).replaceAll("\\s+", " ")).as("after %d lines", lead)
          .contains("Row one, a reason of three lines");
    }
  }
}
