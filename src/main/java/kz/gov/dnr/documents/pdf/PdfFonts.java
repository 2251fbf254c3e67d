package kz.gov.dnr.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * DejaVu Sans (regular and bold) from the {@code jasperreports-fonts} jar: every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), Cyrillic and Latin, with no system font assumed.
 *
 * <p>The documents' scripts only: once per JVM the fonts are cut down to the Unicode blocks of {@link #SCRIPTS}
 * (Latin with its extensions, as passports transliterate foreign names; Cyrillic with the Kazakh letters;
 * punctuation and the signs the documents print). DejaVu's other glyphs (Greek, Arabic, Armenian, Braille,
 * mathematics, ...), its hinting (the instructions in its outlines and the tables they call) and its layout
 * tables (ligatures, kerning: plain text drawing does not need them) are left out: 1,360 glyphs instead of 6,250.
 * A character outside these blocks prints as '?', as one DejaVu lacks would. Each cut-down face is then read once
 * into a {@link Face}, which every document and thread shares.
 *
 * <p>Each document embeds a subset of each face it prints with ({@link Face#embed}): the outlines of its own
 * characters' glyphs (with .notdef and the parts an accented letter is composed of), every other glyph left empty
 * under its number. Keeping the glyph numbers, as a PDF's {@code /CIDToGIDMap /Identity} allows, the subset is
 * the face's own tables with a shorter {@code glyf} and a new {@code loca}: bytes copied, no glyph renumbered, and
 * the text is written as the face's glyph numbers with no font object to encode it. Cutting a renumbered subset
 * with FontBox and then loading and encoding it through PDFBox took about 60 % of a document's time ({@code
 * docs/journey-cost.md}).
 */
final class PdfFonts {

  static final Set<Character.UnicodeBlock> SCRIPTS = Set.of(Character.UnicodeBlock.BASIC_LATIN,
      Character.UnicodeBlock.LATIN_1_SUPPLEMENT, Character.UnicodeBlock.LATIN_EXTENDED_A,
      Character.UnicodeBlock.LATIN_EXTENDED_B, Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL,
      Character.UnicodeBlock.CYRILLIC, Character.UnicodeBlock.CYRILLIC_SUPPLEMENTARY,
      Character.UnicodeBlock.GENERAL_PUNCTUATION, Character.UnicodeBlock.CURRENCY_SYMBOLS,
      Character.UnicodeBlock.LETTERLIKE_SYMBOLS);
  /** The tables of the cut-down faces; the layout tables (GSUB, GPOS, kern) would still name the left-out glyphs. */
  private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "post", "glyf",
      "loca", "hmtx");
  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

  static final Face REGULAR = new Face(reduced(resource(DIR + "DejaVuSans.ttf")));
  static final Face BOLD = new Face(reduced(resource(DIR + "DejaVuSans-Bold.ttf")));

  private PdfFonts() {
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
   * One cut-down face, read once: its glyph for each character, each glyph's advance width and outline bytes, and
   * the tables every subset of it copies. Immutable.
   */
  static final class Face {
    /** Composite glyph flags (OpenType "glyf"): what follows a component's glyph index, and instructions. */
    private static final int ARGS_ARE_WORDS = 0x0001;
    private static final int HAS_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int HAS_XY_SCALE = 0x0040;
    private static final int HAS_2X2 = 0x0080;
    private static final int HAS_INSTRUCTIONS = 0x0100;
    /** Simple glyph point flags: how each coordinate is stored, and a repeat count following. */
    private static final int X_SHORT = 0x02;
    private static final int Y_SHORT = 0x04;
    private static final int REPEAT = 0x08;
    private static final int X_SAME = 0x10;
    private static final int Y_SAME = 0x20;

    private final String name;
    private final char[] glyphOfChar = new char[0x10000];
    /** Advance widths in thousandths of the font size, rounded as a PDF's widths are written. */
    private final int[] width;
    private final byte[] glyf;
    /** Where each glyph's outline starts in {@link #glyf}; one more entry than glyphs. */
    private final int[] start;
    /** The glyphs each composite glyph is made of; empty for a simple one. */
    private final int[][] parts;
    /** The tables every subset starts from, by tag (post as version 3; head and hmtx are adjusted per subset). */
    private final Map<String, byte[]> copied = new TreeMap<>();
    private final float[] bbox = new float[4];
    private final float ascent;
    private final float descent;
    private final float capHeight;
    private final float xHeight;
    private final float stemV;
    private final float italicAngle;
    private final int weight;

    Face(byte[] font) {
      try (TrueTypeFont ttf = parse(font)) {
        name = ttf.getName();
        int glyphs = ttf.getNumberOfGlyphs();
        float scale = 1000f / ttf.getUnitsPerEm();
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int cp = 0; cp < glyphOfChar.length; cp++) {
          glyphOfChar[cp] = (char) cmap.getGlyphId(cp);
        }
        width = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
          width[g] = Math.round(ttf.getAdvanceWidth(g) * scale);
        }
        start = new int[glyphs + 1];
        glyf = withoutInstructions(table(ttf, "glyf"), ttf.getIndexToLocation().getOffsets(), start);
        parts = new int[glyphs][];
        for (int g = 0; g < glyphs; g++) {
          parts[g] = parts(g);
        }
        for (String tag : List.of("OS/2", "head", "hhea", "hmtx", "maxp", "post")) {
          copied.put(tag, table(ttf, tag));
        }
        // post: version 3, no glyph names (a PDF's text comes from its ToUnicode map)
        copied.put("post", ByteBuffer.allocate(32).put(copied.get("post"), 0, 32).putInt(0, 0x00030000).array());
        var box = ttf.getHeader();
        int[] corners = {box.getXMin(), box.getYMin(), box.getXMax(), box.getYMax()};
        for (int i = 0; i < 4; i++) {
          bbox[i] = corners[i] * scale;
        }
        ascent = ttf.getHorizontalHeader().getAscender() * scale;
        descent = ttf.getHorizontalHeader().getDescender() * scale;
        capHeight = ttf.getOS2Windows().getCapHeight() * scale;
        xHeight = ttf.getOS2Windows().getHeight() * scale;
        weight = ttf.getOS2Windows().getWeightClass();
        italicAngle = ttf.getPostScript().getItalicAngle();
        // as PDFBox estimates it when embedding a TrueType font
        stemV = (box.getXMax() - box.getXMin()) * scale * .13f;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the embedded DejaVu font", e);
      }
    }

    /** Whether the face has a glyph for the character. */
    boolean has(int codePoint) {
      return codePoint < glyphOfChar.length && glyphOfChar[codePoint] > 0;
    }

    /** A character's advance width in thousandths of the font size (.notdef's for one the face lacks). */
    int width(int codePoint) {
      return width[codePoint < glyphOfChar.length ? glyphOfChar[codePoint] : 0];
    }

    /**
     * The text as a PDF hex string of the face's glyph numbers (Identity-H: two bytes a glyph), the operand of
     * {@code Tj}. Characters the face lacks print .notdef; {@code PdfLayout.Measure.clean} leaves none.
     */
    void glyphs(String text, StringBuilder out) {
      out.append('<');
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        hex4(out, cp < glyphOfChar.length ? glyphOfChar[cp] : 0);
      }
      out.append('>');
    }

    /**
     * Embeds the subset that prints these characters into the document: a Type0 font (Identity-H) over a
     * CIDFontType2 with its descriptor, widths, the TrueType program and the ToUnicode map text extraction and
     * search read the characters back from.
     */
    COSDictionary embed(PDDocument doc, BitSet characters) throws IOException {
      // the glyphs drawn, each with the first character drawn with it
      TreeMap<Integer, Integer> charOfGlyph = new TreeMap<>();
      for (int cp = characters.nextSetBit(0); cp >= 0 && cp < glyphOfChar.length; cp = characters.nextSetBit(cp + 1)) {
        if (glyphOfChar[cp] > 0) {
          charOfGlyph.putIfAbsent((int) glyphOfChar[cp], cp);
        }
      }
      BitSet kept = new BitSet(width.length);
      kept.set(0);
      charOfGlyph.keySet().forEach(g -> keep(g, kept));
      String subsetName = tag(characters) + name;

      byte[] bytes = program(kept);
      COSStream program = compressed(doc, bytes);
      program.setInt(COSName.LENGTH1, bytes.length);

      COSDictionary descriptor = new COSDictionary();
      descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
      descriptor.setName(COSName.FONT_NAME, subsetName);
      descriptor.setInt(COSName.FLAGS, 4);
      descriptor.setInt(COSName.FONT_WEIGHT, weight);
      descriptor.setFloat(COSName.ITALIC_ANGLE, italicAngle);
      COSArray box = new COSArray();
      for (float v : bbox) {
        box.add(new COSFloat(v));
      }
      descriptor.setItem(COSName.FONT_BBOX, box);
      descriptor.setFloat(COSName.ASCENT, ascent);
      descriptor.setFloat(COSName.DESCENT, descent);
      descriptor.setFloat(COSName.CAP_HEIGHT, capHeight);
      descriptor.setFloat(COSName.XHEIGHT, xHeight);
      descriptor.setFloat(COSName.STEM_V, stemV);
      descriptor.setItem(COSName.FONT_FILE2, program);

      COSDictionary systemInfo = new COSDictionary();
      systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
      systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
      systemInfo.setInt(COSName.SUPPLEMENT, 0);

      COSDictionary cidFont = new COSDictionary();
      cidFont.setItem(COSName.TYPE, COSName.FONT);
      cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
      cidFont.setName(COSName.BASE_FONT, subsetName);
      cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
      cidFont.setItem(COSName.FONT_DESC, descriptor);
      cidFont.setItem(COSName.W, widths(charOfGlyph));
      cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

      COSStream toUnicode = compressed(doc, toUnicode(charOfGlyph));

      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE0);
      font.setName(COSName.BASE_FONT, subsetName);
      font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
      COSArray descendants = new COSArray();
      descendants.add(cidFont);
      font.setItem(COSName.DESCENDANT_FONTS, descendants);
      font.setItem(COSName.TO_UNICODE, toUnicode);
      return font;
    }

    /** The glyph and, for a composite glyph, the glyphs it is made of. */
    private void keep(int glyph, BitSet kept) {
      if (!kept.get(glyph)) {
        kept.set(glyph);
        for (int part : parts[glyph]) {
          keep(part, kept);
        }
      }
    }

    /** The components of a composite glyph (a negative number of contours), read from its outline bytes. */
    private int[] parts(int glyph) {
      if (start[glyph + 1] - start[glyph] < 10 || (short) u16(glyf, start[glyph]) >= 0) {
        return new int[0];
      }
      List<Integer> found = new ArrayList<>(4);
      components(glyf, start[glyph] + 10, found::add, false);
      return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The outlines without their hinting instructions, each glyph's start in {@code start}. Hinting (DejaVu's
     * instructions are half its outline bytes) is for screens at small sizes, PDF viewers draw outlines without
     * it, and instructions would call the functions of the {@code fpgm}, {@code prep} and {@code cvt} tables the
     * cut-down face leaves out.
     */
    private static byte[] withoutInstructions(byte[] raw, long[] offsets, int[] start) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
      int glyphs = start.length - 1;
      for (int g = 0; g < glyphs; g++) {
        start[g] = out.size();
        byte[] glyph = Arrays.copyOfRange(raw, (int) offsets[g], (int) offsets[g + 1]);
        if (glyph.length < 10) {
          out.writeBytes(glyph);
        } else if ((short) u16(glyph, 0) >= 0) {
          // a simple glyph: header, the contours' last points, the instructions' length and the instructions
          int lengthAt = 10 + 2 * u16(glyph, 0);
          int rest = lengthAt + 2 + u16(glyph, lengthAt);
          out.write(glyph, 0, lengthAt);
          out.write(0);
          out.write(0);
          out.write(glyph, rest, pointsEnd(glyph, lengthAt, rest) - rest);
        } else {
          // a composite glyph: its components (their "instructions follow" flags cleared), then the instructions
          out.write(glyph, 0, components(glyph, 10, part -> { }, true));
        }
      }
      start[glyphs] = out.size();
      return out.toByteArray();
    }

    /**
     * Where a simple glyph's points end (without the padding after them): its flags, each repeated when it says
     * so, then the x and the y coordinates, each one or two bytes or none as its flag says.
     */
    private static int pointsEnd(byte[] glyph, int lengthAt, int flagsAt) {
      int points = lengthAt == 10 ? 0 : u16(glyph, lengthAt - 2) + 1;
      int at = flagsAt;
      int xBytes = 0;
      int yBytes = 0;
      for (int point = 0; point < points; ) {
        int flag = glyph[at++] & 0xFF;
        int times = 1 + ((flag & REPEAT) != 0 ? glyph[at++] & 0xFF : 0);
        xBytes += times * ((flag & X_SHORT) != 0 ? 1 : (flag & X_SAME) != 0 ? 0 : 2);
        yBytes += times * ((flag & Y_SHORT) != 0 ? 1 : (flag & Y_SAME) != 0 ? 0 : 2);
        point += times;
      }
      return at + xBytes + yBytes;
    }

    /**
     * Walks a composite glyph's components from {@code at}, handing each one's glyph to {@code part}; returns where
     * the components end (and its instructions, if any, begin).
     */
    private static int components(byte[] data, int at, IntConsumer part, boolean clearInstructionsFlag) {
      int flags;
      do {
        flags = u16(data, at);
        if (clearInstructionsFlag && (flags & HAS_INSTRUCTIONS) != 0) {
          flags &= ~HAS_INSTRUCTIONS;
          data[at] = (byte) (flags >> 8);
          data[at + 1] = (byte) flags;
        }
        part.accept(u16(data, at + 2));
        at += 4 + ((flags & ARGS_ARE_WORDS) != 0 ? 4 : 2);
        at += (flags & HAS_SCALE) != 0 ? 2 : (flags & HAS_XY_SCALE) != 0 ? 4 : (flags & HAS_2X2) != 0 ? 8 : 0;
      } while ((flags & MORE_COMPONENTS) != 0);
      return at;
    }

    /**
     * The TrueType program of the subset: the face's tables with only the kept glyphs' outlines in {@code glyf}
     * (the others empty, their numbers unchanged) and its {@code loca} to match, checksums as the format asks. No
     * {@code cmap}: a CIDFontType2 reaches its glyphs by number ({@code /CIDToGIDMap /Identity}), never through it.
     */
    private byte[] program(BitSet kept) {
      int glyphs = width.length;
      int outlineBytes = 0;
      for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
        outlineBytes += padded(start[g + 1] - start[g]);
      }
      // loca: offsets halved in 16 bits where they fit (indexToLocFormat 0), else in 32 bits (1)
      boolean shortLoca = outlineBytes / 2 <= 0xFFFF;
      byte[] outlines = new byte[outlineBytes];
      ByteBuffer loca = ByteBuffer.allocate((shortLoca ? 2 : 4) * (glyphs + 1));
      int at = 0;
      for (int g = 0; g < glyphs; g++) {
        if (shortLoca) {
          loca.putShort((short) (at / 2));
        } else {
          loca.putInt(at);
        }
        if (kept.get(g)) {
          int length = start[g + 1] - start[g];
          System.arraycopy(glyf, start[g], outlines, at, length);
          at += padded(length);
        }
      }
      if (shortLoca) {
        loca.putShort((short) (at / 2));
      } else {
        loca.putInt(at);
      }
      // hmtx: the metrics of the kept glyphs (and the last full entry, whose advance later glyphs share); the
      // others zero, which compresses to almost nothing (a PDF takes the widths from /W)
      byte[] metrics = copied.get("hmtx");
      byte[] hmtx = new byte[metrics.length];
      int full = u16(copied.get("hhea"), 34);
      for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
        int from = g < full ? 4 * g : 4 * full + 2 * (g - full);
        System.arraycopy(metrics, from, hmtx, from, g < full ? 4 : 2);
      }
      System.arraycopy(metrics, 4 * (full - 1), hmtx, 4 * (full - 1), 4);
      byte[] head = copied.get("head").clone();
      ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) (shortLoca ? 0 : 1));
      TreeMap<String, byte[]> tables = new TreeMap<>(copied);
      tables.put("glyf", outlines);
      tables.put("loca", loca.array());
      tables.put("head", head);
      tables.put("hmtx", hmtx);

      int count = tables.size();
      int power = Integer.highestOneBit(count);
      int size = 12 + 16 * count;
      for (byte[] t : tables.values()) {
        size += padded(t.length);
      }
      ByteBuffer out = ByteBuffer.allocate(size);
      out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
          .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
      int offset = 12 + 16 * count;
      int headAt = 0;
      long total = 0;
      for (Map.Entry<String, byte[]> t : tables.entrySet()) {
        byte[] data = t.getValue();
        long sum = checksum(data, data.length);
        if (t.getKey().equals("head")) {
          headAt = offset;
        }
        out.put(t.getKey().getBytes(StandardCharsets.US_ASCII)).putInt((int) sum).putInt(offset).putInt(data.length);
        out.put(offset, data);
        offset += padded(data.length);
        total += sum;
      }
      byte[] font = out.array();
      // the whole font's checksum: the directory's words and every (padded) table's sum
      total += checksum(font, 12 + 16 * count);
      out.putInt(headAt + 8, (int) (0xB1B0AFBAL - (total & 0xFFFFFFFFL)));
      return font;
    }

    /** The widths of the drawn glyphs, runs of consecutive glyph numbers as one entry: {@code [g [w w w] ...]}. */
    private COSArray widths(TreeMap<Integer, Integer> charOfGlyph) {
      COSArray w = new COSArray();
      COSArray run = null;
      int next = -1;
      for (int g : charOfGlyph.keySet()) {
        if (g != next) {
          w.add(COSInteger.get(g));
          run = new COSArray();
          w.add(run);
        }
        run.add(COSInteger.get(width[g]));
        next = g + 1;
      }
      return w;
    }

    /** The ToUnicode CMap: each drawn glyph back to its character (100 to a block, as PDF allows). */
    private static byte[] toUnicode(TreeMap<Integer, Integer> charOfGlyph) {
      StringBuilder cmap = new StringBuilder(256 + 24 * charOfGlyph.size()).append("""
          /CIDInit /ProcSet findresource begin
          12 dict begin
          begincmap
          /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
          /CMapName /Adobe-Identity-UCS def
          /CMapType 2 def
          1 begincodespacerange
          <0000> <FFFF>
          endcodespacerange
          """);
      int inBlock = 0;
      int left = charOfGlyph.size();
      for (Map.Entry<Integer, Integer> e : charOfGlyph.entrySet()) {
        if (inBlock == 0) {
          cmap.append(Math.min(left, 100)).append(" beginbfchar\n");
        }
        hex4(cmap.append('<'), e.getKey()).append("> <");
        for (char c : Character.toChars(e.getValue())) {
          hex4(cmap, c);
        }
        cmap.append(">\n");
        left--;
        if (++inBlock == 100 || left == 0) {
          cmap.append("endbfchar\n");
          inBlock = 0;
        }
      }
      cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
      return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * A stream of the document holding the bytes compressed (FlateDecode) at zlib's fastest level: compressing
   * is most of what a document costs, and the default level took three times as long for files a few per cent
   * smaller.
   */
  static COSStream compressed(PDDocument doc, byte[] data) throws IOException {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buffer = new byte[Math.max(1024, data.length / 2)];
      COSStream stream = doc.getDocument().createCOSStream();
      try (OutputStream out = stream.createRawOutputStream()) {
        while (!deflater.finished()) {
          out.write(buffer, 0, deflater.deflate(buffer));
        }
      }
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      return stream;
    } finally {
      deflater.end();
    }
  }

  /** Four hexadecimal digits of a 16-bit value: a glyph number or a UTF-16 unit. */
  private static StringBuilder hex4(StringBuilder out, int v) {
    return out.append(HEX[v >> 12 & 15]).append(HEX[v >> 8 & 15]).append(HEX[v >> 4 & 15]).append(HEX[v & 15]);
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  /** The TrueType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros. */
  private static long checksum(byte[] b, int length) {
    long sum = 0;
    int i = 0;
    for (; i + 4 <= length; i += 4) {
      sum += (b[i] & 0xFFL) << 24 | (b[i + 1] & 0xFFL) << 16 | (b[i + 2] & 0xFFL) << 8 | b[i + 3] & 0xFFL;
    }
    for (int shift = 24; i < length; i++, shift -= 8) {
      sum += (b[i] & 0xFFL) << shift;
    }
    return sum & 0xFFFFFFFFL;
  }

  /** Six capital letters that follow from the subset's characters, so the same text makes the same document. */
  private static String tag(BitSet characters) {
    long h = (characters.hashCode() * 0x9E3779B97F4A7C15L) >>> 1;
    StringBuilder tag = new StringBuilder(7);
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + h % 26));
      h /= 26;
    }
    return tag.append('+').toString();
  }

  private static byte[] table(TrueTypeFont font, String tag) throws IOException {
    TTFTable table = font.getTableMap().get(tag);
    if (table == null) {
      throw new IOException("the cut-down font has no '" + tag + "' table");
    }
    return font.getTableBytes(table);
  }

  private static TrueTypeFont parse(byte[] bytes) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse the embedded DejaVu font", e);
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
