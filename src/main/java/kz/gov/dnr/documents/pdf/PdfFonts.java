package kz.gov.dnr.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans (regular and bold) from the {@code jasperreports-fonts} jar: every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), Cyrillic and Latin, with no system font assumed. A parsed font is not safe for two
 * threads at once, so parsed fonts are lent out one document at a time and kept for the next.
 */
final class PdfFonts {

  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = resource(DIR + "DejaVuSans.ttf");
  private static final byte[] BOLD = resource(DIR + "DejaVuSans-Bold.ttf");
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
