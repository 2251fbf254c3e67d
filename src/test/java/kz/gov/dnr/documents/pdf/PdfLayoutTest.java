package kz.gov.dnr.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.GlyfDescript;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Page breaks in tables, wherever the table starts on the page; the embedded fonts (engine-free). */
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

  /** DejaVu as the jar ships it. */
  static TrueTypeFont dejaVu(boolean bold) throws IOException {
    try (InputStream in = PdfLayoutTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans"
        + (bold ? "-Bold" : "") + ".ttf")) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
  }

  /** A glyph's outline as drawn: each segment's kind and points (components placed). */
  static List<String> outline(TrueTypeFont font, int glyph) throws IOException {
    List<String> segments = new ArrayList<>();
    float[] points = new float[6];
    for (PathIterator i = font.getGlyph().getGlyph(glyph).getPath().getPathIterator(null); !i.isDone(); i.next()) {
      int kind = i.currentSegment(points);
      segments.add(kind + Arrays.toString(points));
    }
    return segments;
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

  @Test
  void eachFontIsEmbeddedWithTheGlyphsTheDocumentPrintsAndMeasuredAsItIsDrawn() throws IOException {
    String regularText = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі Ёё Щщ Жалғасы «№ 42» — Łódź Müller-Lüdenscheidt, Nguyễn Thị Ánh 2026.";
    String boldText = "Тұрақты тұруға рұқсат / Разрешение / Permit";
    byte[] pdf = PdfLayout.of(new PdfLayout.Meta("Test", "test", "kk", "DNR-2026-000042", "REF", Instant.EPOCH))
        .paragraph(PdfLayout.Style.TITLE, boldText).paragraph(PdfLayout.Style.BODY, regularText).render();
    PdfLayout.Measure measure = new PdfLayout.Measure(PdfFonts.REGULAR, PdfFonts.BOLD);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDResources resources = doc.getPage(0).getResources();
      List<String> names = new ArrayList<>();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        boolean bold = font.getName().endsWith("-Bold");
        names.add(font.getName());
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        // a subset: the outlines of the glyphs of the characters printed in this style (with .notdef and the parts
        // an accented letter is composed of), not DejaVu's 1,360; the other glyphs are empty
        String printed = bold ? boldText : regularText + "DNR-2026-000042 · REF · бет / стр. / page 1 / 1";
        long distinct = printed.codePoints().distinct().count();
        TrueTypeFont program = ((PDCIDFontType2) ((PDType0Font) font).getDescendantFont()).getTrueTypeFont();
        long[] outlines = program.getIndexToLocation().getOffsets();
        int withOutline = 0;
        for (int g = 0; g < program.getNumberOfGlyphs(); g++) {
          withOutline += outlines[g + 1] > outlines[g] ? 1 : 0;
        }
        assertThat(program.getNumberOfGlyphs()).as(font.getName()).isGreaterThan(1000);
        assertThat(withOutline).as(font.getName()).isGreaterThan((int) distinct / 2)
            .isLessThanOrEqualTo(2 * (int) distinct + 1);
        // each printed character has its outline, DejaVu's own, point for point, as a viewer draws it
        TrueTypeFont dejaVu = dejaVu(bold);
        for (int cp : printed.codePoints().distinct().filter(cp -> cp != ' ').toArray()) {
          int glyph = ((PDType0Font) font).codeToGID(((PDType0Font) font).encode(new String(Character.toChars(cp)))[0] << 8
              | ((PDType0Font) font).encode(new String(Character.toChars(cp)))[1] & 0xFF);
          assertThat(program.getGlyph().getGlyph(glyph).getNumberOfContours())
              .as("%s '%s'", font.getName(), new String(Character.toChars(cp))).isNotZero();
          assertThat(outline(program, glyph)).as("%s '%s'", font.getName(), new String(Character.toChars(cp)))
              .isEqualTo(outline(dejaVu, dejaVu.getUnicodeCmapLookup().getGlyphId(cp)));
          // without hinting: instructions would call the tables (fpgm, prep, cvt) the cut-down face leaves out
          if (program.getGlyph().getGlyph(glyph).getDescription() instanceof GlyfDescript outline) {
            assertThat(outline.getInstructions()).as("%s '%s'", font.getName(), new String(Character.toChars(cp)))
                .isNullOrEmpty();
          }
        }
        // lines are wrapped by the widths the embedded font is drawn with
        for (int cp : printed.codePoints().distinct().toArray()) {
          String ch = new String(Character.toChars(cp));
          assertThat(measure.width(ch, bold, 1000)).as("%s '%s'", font.getName(), ch).isEqualTo(font.getStringWidth(ch));
        }
      }
      assertThat(names).hasSize(2).allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
      assertThat(names.get(0).substring(0, 6)).isNotEqualTo(names.get(1).substring(0, 6));
    }
  }
}
