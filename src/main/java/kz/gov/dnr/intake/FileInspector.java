package kz.gov.dnr.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kz.gov.dnr.documents.UploadedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.springframework.stereotype.Component;

/**
 * V4: a file's type is decided by its content, never by its name or declared type; a file that is not what
 * it claims is refused. PDFs must open and not be encrypted; images must decode (read with subsampling,
 * so a huge image cannot exhaust memory); a detached signature must parse as CMS.
 */
@Component
public class FileInspector {

  /** Decoded images are subsampled to about this many pixels: enough to prove the data decodes. */
  static final long DECODE_PIXELS = 2_000_000;
  private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private final Tika tika = new Tika();

  /** What the content turned out to be. */
  public record InspectedFile(String contentType, int width, int height, int pages) {
  }

  public Optional<InspectedFile> inspect(String field, UploadedDocument code, byte[] bytes, Violations v) {
    String accepted = "accepted for " + code.code() + ": " + String.join(", ", code.accepts().contentTypes());
    if (bytes.length == 0) {
      v.malformed(field, "the file is empty", accepted);
      return Optional.empty();
    }
    String detected = detect(code, bytes);
    if (!code.accepts().contentTypes().contains(detected)) {
      v.unsupported(field, "the file's content is " + detected + " (decided by its content, not its name or declared"
          + " type)", accepted);
      return Optional.empty();
    }
    return switch (detected) {
      case "application/pdf" -> pdf(field, bytes, v);
      case "image/jpeg", "image/png" -> image(field, detected, bytes, v);
      default -> Optional.of(new InspectedFile(detected, 0, 0, 0));
    };
  }

  String detect(UploadedDocument code, byte[] bytes) {
    if (code.accepts() == UploadedDocument.FileType.CMS) {
      try {
        new CMSSignedData(bytes);
        return "application/pkcs7-signature";
      } catch (CMSException | RuntimeException e) {
        // not CMS: say what it is instead
      }
    }
    return signature(bytes).orElseGet(() -> tika.detect(bytes));
  }

  /**
   * The accepted types by their signature at the file's start (a PDF header, the JPEG and PNG magic numbers):
   * what Tika would say of them too, without trying its 1,500 other types first. Whether such a file really is
   * what it starts like is then decided by opening or decoding it. Anything else is left to Tika, so that a
   * refusal can say what the file is.
   */
  static Optional<String> signature(byte[] bytes) {
    if (startsWith(bytes, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, PNG)) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private Optional<InspectedFile> pdf(String field, byte[] bytes, Violations v) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted()) {
        v.refused(field, "the PDF is encrypted or password-protected", "a PDF without encryption or password");
        return Optional.empty();
      }
      if (doc.getNumberOfPages() == 0) {
        v.unsupported(field, "the PDF has no pages", "a PDF with at least one page");
        return Optional.empty();
      }
      return Optional.of(new InspectedFile("application/pdf", 0, 0, doc.getNumberOfPages()));
    } catch (InvalidPasswordException e) {
      v.refused(field, "the PDF is encrypted or password-protected", "a PDF without encryption or password");
    } catch (IOException | RuntimeException e) {
      v.unsupported(field, "the file claims to be a PDF but cannot be opened (" + brief(e) + ")", "a valid PDF file");
    }
    return Optional.empty();
  }

  private Optional<InspectedFile> image(String field, String type, byte[] bytes, Violations v) {
    String what = type.equals("image/png") ? "PNG" : "JPEG";
    try {
      Optional<InspectedFile> decoded = withReader(bytes, reader -> {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODE_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        if (reader.read(0, param) == null) {
          throw new IOException("no image data");
        }
        return new InspectedFile(type, width, height, 0);
      });
      if (decoded.isEmpty()) {
        v.unsupported(field, "the " + what + " image cannot be decoded", "a valid JPEG or PNG image");
      }
      return decoded;
    } catch (IOException | RuntimeException e) {
      v.unsupported(field, "the " + what + " image cannot be decoded (" + brief(e) + ")", "a valid JPEG or PNG image");
      return Optional.empty();
    }
  }

  /**
   * The width and height of a stored image, read from its header only: for files the intake has already
   * inspected (their type decided by content and their data decoded), whose bytes the store has checked
   * against their SHA-256.
   */
  public Optional<InspectedFile> storedImageSize(String contentType, byte[] bytes) {
    try {
      return withReader(bytes, reader -> new InspectedFile(contentType, reader.getWidth(0), reader.getHeight(0), 0));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** What ImageIO reads of an image; empty when no reader knows its format. */
  private interface ImageRead {
    InspectedFile apply(ImageReader reader) throws IOException;
  }

  private static Optional<InspectedFile> withReader(byte[] bytes, ImageRead read) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(read.apply(reader));
      } finally {
        reader.dispose();
      }
    }
  }

  private static String brief(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.length() > 120 ? m.substring(0, 120) + "..." : m;
  }
}
