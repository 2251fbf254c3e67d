package kz.gov.dnr.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.BitSet;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The one layout engine of every generated document: blocks of text and tables laid out on A4 pages with
 * real line wrapping (long words are broken, nothing is clipped), page breaks (a short table row moves to
 * the next page whole, a long one is split across pages, the header row repeated and kept with a row), and a
 * footer "case · reference · page N of M" drawn once the page count is known. Templates only say what goes on
 * the page.
 */
public final class PdfLayout {

  static final float PAGE_W = PDRectangle.A4.getWidth();
  static final float PAGE_H = PDRectangle.A4.getHeight();
  static final float MARGIN_X = 56;
  static final float TOP = PAGE_H - 56;
  static final float BOTTOM = 64;
  static final float WIDTH = PAGE_W - 2 * MARGIN_X;
  static final float CELL_PAD = 3;
  /** A table row of at most this many lines moves whole to the next page rather than split over two. */
  static final int KEEP_TOGETHER_LINES = 6;
  /** A longer row that splits leaves at least this many of its lines on each page. */
  static final int MIN_LINES_PER_PART = 2;

  private static final COSName REGULAR = COSName.getPDFName("F1");
  private static final COSName BOLD = COSName.getPDFName("F2");

  /** Text styles. */
  public enum Style {
    TITLE(true, 14, 6), HEADING(true, 11, 4), BODY(false, 10, 4), LABEL(true, 9, 2), SMALL(false, 8, 2);

    final boolean bold;
    final float size;
    final float spaceAfter;

    Style(boolean bold, float size, float spaceAfter) {
      this.bold = bold;
      this.size = size;
      this.spaceAfter = spaceAfter;
    }

    float leading() {
      return size * 1.32f;
    }
  }

  /** What the footer and the document information say. */
  public record Meta(String title, String subject, String language, String caseNumber, String reference,
      Instant createdAt) {
  }

  private sealed interface Block permits Paragraph, Table, Space, Rule {
  }

  private record Paragraph(String text, Style style, float indent) implements Block {
  }

  private record Table(float[] widths, String[] header, List<String[]> rows, Style style) implements Block {
  }

  private record Space(float height) implements Block {
  }

  private record Rule() implements Block {
  }

  private final Meta meta;
  private final List<Block> blocks = new ArrayList<>();

  private PdfLayout(Meta meta) {
    this.meta = meta;
  }

  public static PdfLayout of(Meta meta) {
    return new PdfLayout(meta);
  }

  public PdfLayout paragraph(Style style, String text) {
    blocks.add(new Paragraph(text, style, 0));
    return this;
  }

  public PdfLayout indented(Style style, String text) {
    blocks.add(new Paragraph(text, style, 14));
    return this;
  }

  public PdfLayout space(float height) {
    blocks.add(new Space(height));
    return this;
  }

  public PdfLayout rule() {
    blocks.add(new Rule());
    return this;
  }

  /**
   * A table; {@code widths} are the columns' shares of the text width, {@code header} may be null.
   */
  public PdfLayout table(float[] widths, String[] header, List<String[]> rows) {
    blocks.add(new Table(widths, header, List.copyOf(rows), Style.BODY));
    return this;
  }

  // ---- rendering ------------------------------------------------------------------------------

  private sealed interface Op permits TextOp, LineOp {
  }

  private record TextOp(float x, float y, String text, boolean bold, float size) implements Op {
  }

  private record LineOp(float x1, float y1, float x2, float y2) implements Op {
  }

  /** Lays out and draws the document; returns the PDF bytes. */
  public byte[] render() {
    try (PDDocument doc = new PDDocument()) {
      Measure measure = new Measure(PdfFonts.REGULAR, PdfFonts.BOLD);
      List<List<Op>> pages = layout(measure);
      for (int i = 0; i < pages.size(); i++) {
        String footer = meta.caseNumber() + " · " + meta.reference() + " · бет / стр. / page " + (i + 1) + " / "
            + pages.size();
        pages.get(i).add(new LineOp(MARGIN_X, BOTTOM - 14, PAGE_W - MARGIN_X, BOTTOM - 14));
        pages.get(i).add(new TextOp(MARGIN_X, BOTTOM - 26,
            measure.wrap(measure.clean(footer, false), false, Style.SMALL.size, WIDTH).get(0), false, Style.SMALL.size));
      }
      // Each face is embedded with the glyphs of the characters this document prints in it, and nothing else.
      // (Measure.clean has left only characters of the faces, all in the Basic Multilingual Plane.)
      BitSet regularChars = new BitSet(0x500);
      BitSet boldChars = new BitSet(0x500);
      for (List<Op> ops : pages) {
        for (Op op : ops) {
          if (op instanceof TextOp t) {
            BitSet chars = t.bold() ? boldChars : regularChars;
            for (int i = 0; i < t.text().length(); i++) {
              chars.set(t.text().charAt(i));
            }
          }
        }
      }
      COSDictionary fonts = new COSDictionary();
      if (!regularChars.isEmpty()) {
        fonts.setItem(REGULAR, PdfFonts.REGULAR.embed(doc, regularChars));
      }
      if (!boldChars.isEmpty()) {
        fonts.setItem(BOLD, PdfFonts.BOLD.embed(doc, boldChars));
      }
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      for (List<Op> ops : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        page.setContents(new PDStream(PdfFonts.compressed(doc, draw(ops))));
        doc.addPage(page);
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(meta.title());
      info.setSubject(meta.subject());
      info.setAuthor("Digital Nomad Residency workflow");
      info.setCreator("dnr-workflow");
      info.setKeywords(meta.caseNumber() + ", " + meta.reference());
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Almaty"));
      created.setTimeInMillis(meta.createdAt().toEpochMilli());
      info.setCreationDate(created);
      doc.getDocumentCatalog().setLanguage(meta.language());
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      // Page contents are compressed; packing the few small objects into object streams is not worth its time.
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render " + meta.reference(), e);
    }
  }

  /**
   * A page's content stream: each line of text in its face and size at its place, each rule a half-point stroke.
   * The text is written as the faces' glyph numbers ({@link PdfFonts.Face#glyphs}).
   */
  private static byte[] draw(List<Op> ops) {
    StringBuilder cs = new StringBuilder(64 * ops.size()).append("0.5 w\n");
    for (Op op : ops) {
      if (op instanceof TextOp t) {
        cs.append("BT\n/").append((t.bold() ? BOLD : REGULAR).getName()).append(' ');
        number(cs, t.size()).append(" Tf\n");
        number(cs, t.x()).append(' ');
        number(cs, t.y()).append(" Td\n");
        (t.bold() ? PdfFonts.BOLD : PdfFonts.REGULAR).glyphs(t.text(), cs);
        cs.append(" Tj\nET\n");
      } else if (op instanceof LineOp l) {
        number(cs, l.x1()).append(' ');
        number(cs, l.y1()).append(" m\n");
        number(cs, l.x2()).append(' ');
        number(cs, l.y2()).append(" l\nS\n");
      }
    }
    return cs.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A number as a content stream writes it: at most three decimals, no exponent, no locale. */
  private static StringBuilder number(StringBuilder out, float value) {
    long thousandths = Math.round(value * 1000.0);
    if (thousandths < 0) {
      out.append('-');
      thousandths = -thousandths;
    }
    out.append(thousandths / 1000);
    long fraction = thousandths % 1000;
    if (fraction != 0) {
      out.append('.');
      for (long unit = 100; fraction != 0; unit /= 10) {
        out.append((char) ('0' + fraction / unit));
        fraction %= unit;
      }
    }
    return out;
  }

  private List<List<Op>> layout(Measure m) {
    Cursor c = new Cursor();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        float size = p.style().size;
        float leading = p.style().leading();
        List<String> lines = m.wrap(m.clean(p.text(), p.style().bold), p.style().bold, size, WIDTH - p.indent());
        if (p.style().bold) {
          // A heading stays with at least three lines of what follows it.
          c.ensure(lines.size() * leading + 3 * Style.BODY.leading());
        }
        for (String line : lines) {
          c.ensure(leading);
          c.y -= leading;
          c.page.add(new TextOp(MARGIN_X + p.indent(), c.y + (leading - size) / 2 + size * 0.2f, line,
              p.style().bold, size));
        }
        c.y -= p.style().spaceAfter;
      } else if (b instanceof Table t) {
        layoutTable(t, m, c);
      } else if (b instanceof Space s) {
        if (c.y - s.height() > BOTTOM) {
          c.y -= s.height();
        }
      } else if (b instanceof Rule) {
        c.ensure(6);
        c.y -= 3;
        c.page.add(new LineOp(MARGIN_X, c.y, PAGE_W - MARGIN_X, c.y));
        c.y -= 3;
      }
    }
    return c.pages;
  }

  private void layoutTable(Table t, Measure m, Cursor c) {
    float[] colW = new float[t.widths().length];
    float sum = 0;
    for (float w : t.widths()) {
      sum += w;
    }
    for (int i = 0; i < colW.length; i++) {
      colW[i] = WIDTH * t.widths()[i] / sum;
    }
    float leading = t.style().leading();
    float size = t.style().size;
    List<List<String>> header = t.header() == null ? null : cells(t.header(), colW, m, true, size);
    List<List<List<String>>> rows = t.rows().stream().map(row -> cells(row, colW, m, false, size)).toList();
    c.y -= 2;
    if (header != null) {
      if (!rows.isEmpty()) {
        // The header stays with the first row (with all of a short one, two lines of a long one).
        int first = lines(rows.get(0));
        int with = first <= KEEP_TOGETHER_LINES ? first : MIN_LINES_PER_PART;
        c.ensure((lines(header) + with) * leading + 4 * CELL_PAD);
      }
      drawRow(header, colW, true, c, leading, size, null);
    }
    for (List<List<String>> row : rows) {
      drawRow(row, colW, false, c, leading, size, header);
    }
    c.y -= 6;
  }

  private static List<List<String>> cells(String[] row, float[] colW, Measure m, boolean bold, float size) {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < colW.length; i++) {
      String text = i < row.length && row[i] != null ? row[i] : "";
      cells.add(m.wrap(m.clean(text, bold), bold, size, colW[i] - 2 * CELL_PAD));
    }
    return cells;
  }

  private static int lines(List<List<String>> cells) {
    return Math.max(cells.stream().mapToInt(List::size).max().orElse(1), 1);
  }

  /**
   * Draws a row; one that does not fit moves to the next page (header repeated) whole if it is short, or
   * continues there if it is long, at least {@link #MIN_LINES_PER_PART} lines on each page.
   */
  private void drawRow(List<List<String>> cells, float[] colW, boolean bold, Cursor c, float leading, float size,
      List<List<String>> header) {
    int total = cells.stream().mapToInt(List::size).max().orElse(1);
    boolean together = total <= KEEP_TOGETHER_LINES;
    int done = 0;
    boolean onNewPage = false;
    while (done < total || (total == 0 && done == 0)) {
      int fit = (int) Math.floor((c.y - BOTTOM - 2 * CELL_PAD) / leading);
      int remaining = Math.max(total - done, 1);
      int least = together && done == 0 ? remaining : Math.min(remaining, MIN_LINES_PER_PART);
      if (fit < least && !(onNewPage && fit >= 1)) {
        c.newPage();
        onNewPage = true;
        if (header != null) {
          drawRow(header, colW, true, c, leading, size, null);
        }
        continue;
      }
      onNewPage = false;
      int take = Math.min(fit, remaining);
      int left = remaining - take;
      if (left > 0 && left < MIN_LINES_PER_PART && remaining - MIN_LINES_PER_PART >= MIN_LINES_PER_PART) {
        take = remaining - MIN_LINES_PER_PART;
      }
      float height = take * leading + 2 * CELL_PAD;
      float top = c.y;
      float x = MARGIN_X;
      for (int col = 0; col < colW.length; col++) {
        List<String> lines = cells.get(col);
        for (int k = 0; k < take; k++) {
          int idx = done + k;
          if (idx < lines.size()) {
            float baseline = top - CELL_PAD - (k + 1) * leading + (leading - size) / 2 + size * 0.2f;
            c.page.add(new TextOp(x + CELL_PAD, baseline, lines.get(idx), bold, size));
          }
        }
        c.page.add(new LineOp(x, top, x, top - height));
        x += colW[col];
      }
      c.page.add(new LineOp(x, top, x, top - height));
      c.page.add(new LineOp(MARGIN_X, top, x, top));
      c.page.add(new LineOp(MARGIN_X, top - height, x, top - height));
      c.y = top - height;
      done += take;
      if (total == 0) {
        break;
      }
    }
  }

  private static final class Cursor {
    final List<List<Op>> pages = new ArrayList<>();
    List<Op> page;
    float y;

    Cursor() {
      newPage();
    }

    void newPage() {
      page = new ArrayList<>();
      pages.add(page);
      y = TOP;
    }

    void ensure(float height) {
      if (y - height < BOTTOM) {
        newPage();
      }
    }
  }

  /** Widths, wrapping and the characters the font can show. */
  static final class Measure {
    private final PdfFonts.Face regular;
    private final PdfFonts.Face bold;

    Measure(PdfFonts.Face regular, PdfFonts.Face bold) {
      this.regular = regular;
      this.bold = bold;
    }

    /** Tabs become spaces, other control characters go, a letter the font lacks shows as '?'. */
    String clean(String text, boolean isBold) {
      PdfFonts.Face face = isBold ? bold : regular;
      StringBuilder b = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        if (cp == '\n') {
          b.append('\n');
        } else if (cp == '\t') {
          b.append(' ');
        } else if (Character.isISOControl(cp)) {
          return;
        } else if (face.has(cp)) {
          b.appendCodePoint(cp);
        } else {
          b.append('?');
        }
      });
      return b.toString();
    }

    /** The width of {@code s} as the embedded face draws it: the sum of its characters' advance widths. */
    float width(String s, boolean isBold, float size) {
      PdfFonts.Face face = isBold ? bold : regular;
      int total = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        total += face.width(cp);
      }
      return total / 1000f * size;
    }

    /** Greedy wrapping on spaces; a word wider than the line is broken between characters. */
    List<String> wrap(String text, boolean isBold, float size, float maxWidth) {
      List<String> lines = new ArrayList<>();
      float space = width(" ", isBold, size);
      for (String para : text.split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int end = 0, begin; end < para.length(); ) {
          begin = end;
          while (begin < para.length() && para.charAt(begin) == ' ') {
            begin++;
          }
          end = para.indexOf(' ', begin);
          end = end < 0 ? para.length() : end;
          if (begin == end) {
            continue;
          }
          String word = para.substring(begin, end);
          float w = width(word, isBold, size);
          if (w > maxWidth) {
            if (line.length() > 0) {
              lines.add(line.toString());
              line.setLength(0);
              lineWidth = 0;
            }
            for (String piece : breakWord(word, isBold, size, maxWidth)) {
              lines.add(piece);
            }
            String last = lines.remove(lines.size() - 1);
            line.append(last);
            lineWidth = width(last, isBold, size);
            continue;
          }
          if (line.length() == 0) {
            line.append(word);
            lineWidth = w;
          } else if (lineWidth + space + w <= maxWidth) {
            line.append(' ').append(word);
            lineWidth += space + w;
          } else {
            lines.add(line.toString());
            line.setLength(0);
            line.append(word);
            lineWidth = w;
          }
        }
        lines.add(line.toString());
      }
      return lines;
    }

    private List<String> breakWord(String word, boolean isBold, float size, float maxWidth) {
      List<String> pieces = new ArrayList<>();
      StringBuilder piece = new StringBuilder();
      int[] cps = word.codePoints().toArray();
      for (int cp : cps) {
        String next = piece.toString() + new String(Character.toChars(cp));
        if (piece.length() > 0 && width(next, isBold, size) > maxWidth) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
        piece.appendCodePoint(cp);
      }
      pieces.add(piece.toString());
      return pieces;
    }
  }

}
