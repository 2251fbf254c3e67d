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

/**
 * DejaVu Sans (regular and bold) from the {@code jasperreports-fonts} jar: every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), Cyrillic and Latin, with no system font assumed. A parsed font is not safe for two
 * threads at once, so parsed fonts are lent out one document at a time and kept for the next.
 *
 * <p>The documents' scripts only: once per JVM the fonts are cut down to the Unicode blocks of {@link #SCRIPTS}
 * (Latin with its extensions, as passports transliterate foreign names; Cyrillic with the Kazakh letters;
 * punctuation and the signs the documents print). DejaVu's other glyphs (Greek, Arabic, Armenian, Braille,
 * mathematics, ...) and its layout tables (ligatures, kerning: PDFBox's plain text drawing does not need them)
 * are left out. Each document then loads, measures and subsets a font of 1,360 glyphs instead of 6,250, which
 * made generating a notice about 40 % faster ("What a case costs" in the README). A character outside these
 * blocks prints as '?', as one DejaVu lacks would.
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
