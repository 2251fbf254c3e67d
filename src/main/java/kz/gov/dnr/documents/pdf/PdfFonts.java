package kz.gov.dnr.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (regular and bold) from the {@code jasperreports-fonts} jar: every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), Cyrillic and Latin, with no system font assumed. A parsed font is not safe for two
 * threads at once, so parsed fonts are lent out one document at a time and kept for the next.
 *
 * <p>The documents' scripts only: once per JVM the fonts are cut down to the Unicode blocks of {@link #SCRIPTS}
 * (Latin with its extensions, as passports transliterate foreign names; Cyrillic with the Kazakh letters;
 * punctuation and the signs the documents print). DejaVu's other glyphs (Greek, Arabic, Armenian, Braille,
 * mathematics, ...) and its layout tables (ligatures, kerning: PDFBox's plain text drawing does not need them)
 * are left out: 1,360 glyphs instead of 6,250, which made generating a notice about 40 % faster ("What a case
 * costs" in the README). A character outside these blocks prints as '?', as one DejaVu lacks would.
 *
 * <p>Each document then embeds its own subset ({@link #embed}): the glyphs of the characters it prints, cut from
 * the lent font once its text is laid out. Left to PDFBox, a subset font is loaded with the widths of all its
 * glyphs and cut when the document is saved, which took a further 13 % of a document's time.
 */
final class PdfFonts {

  static final Set<Character.UnicodeBlock> SCRIPTS = Set.of(Character.UnicodeBlock.BASIC_LATIN,
      Character.UnicodeBlock.LATIN_1_SUPPLEMENT, Character.UnicodeBlock.LATIN_EXTENDED_A,
      Character.UnicodeBlock.LATIN_EXTENDED_B, Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL,
      Character.UnicodeBlock.CYRILLIC, Character.UnicodeBlock.CYRILLIC_SUPPLEMENTARY,
      Character.UnicodeBlock.GENERAL_PUNCTUATION, Character.UnicodeBlock.CURRENCY_SYMBOLS,
      Character.UnicodeBlock.LETTERLIKE_SYMBOLS);
  /** The tables a PDF needs; the layout tables (GSUB, GPOS, kern) would still name the left-out glyphs. */
  private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "post", "glyf",
      "loca", "hmtx");
  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = reduced(resource(DIR + "DejaVuSans.ttf"));
  private static final byte[] BOLD = reduced(resource(DIR + "DejaVuSans-Bold.ttf"));
  private static final int KEEP = 4;

  private final ConcurrentLinkedQueue<Pair> idle = new ConcurrentLinkedQueue<>();

  /** A regular and a bold font lent to one document. */
  record Pair(TrueTypeFont regular, TrueTypeFont bold) {
  }

  /** Lends a pair; give it back with {@link #giveBack}. */
  Pair borrow() {
    Pair p = idle.poll();
    return p != null ? p : new Pair(parse(REGULAR), parse(BOLD));
  }

  void giveBack(Pair pair) {
    if (idle.size() < KEEP) {
      idle.offer(pair);
    } else {
      close(pair.regular());
      close(pair.bold());
    }
  }

  /** The font with the glyphs of {@link #SCRIPTS} only, as TrueType bytes. */
  static byte[] reduced(byte[] full) {
    try (TrueTypeFont font = parse(full)) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
      for (int cp = 0x20; cp <= 0xFFFF; cp++) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block != null && SCRIPTS.contains(block) && cmap.getGlyphId(cp) > 0) {
          subsetter.add(cp);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(full.length / 4);
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reduce the embedded DejaVu font", e);
    }
  }

  /**
   * The font a document embeds: the glyphs of its characters only (a subset, named with a tag as PDF asks,
   * "ABCDEF+DejaVuSans"), cut here from the lent font and embedded whole.
   */
  static PDType0Font embed(PDDocument doc, TrueTypeFont font, Set<Integer> codePoints) throws IOException {
    TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
    subsetter.setPrefix(tag(codePoints));
    subsetter.addAll(codePoints);
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    subsetter.writeToStream(out);
    return PDType0Font.load(doc, new RandomAccessReadBuffer(out.toByteArray()), false, false);
  }

  /** A character's advance width in thousandths of the font size, rounded as PDFBox writes a font's widths. */
  static float advance(TrueTypeFont font, CmapLookup cmap, int codePoint) {
    try {
      return Math.round(font.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / font.getUnitsPerEm());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Six capital letters that follow from the subset's characters, so the same text makes the same document. */
  private static String tag(Set<Integer> codePoints) {
    long h = (codePoints.hashCode() * 0x9E3779B97F4A7C15L) >>> 1;
    StringBuilder tag = new StringBuilder(7);
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + h % 26));
      h /= 26;
    }
    return tag.append('+').toString();
  }

  private static TrueTypeFont parse(byte[] bytes) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse the embedded DejaVu font", e);
    }
  }

  private static void close(TrueTypeFont font) {
    try {
      font.close();
    } catch (IOException ignored) {
      // nothing holds it any more
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing: net.sf.jasperreports:jasperreports-fonts must be on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
