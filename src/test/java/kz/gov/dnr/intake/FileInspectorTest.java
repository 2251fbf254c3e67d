package kz.gov.dnr.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.documents.UploadedDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** V4: types by content, PDFs that open, images that decode. */
class FileInspectorTest {

  final FileInspector inspector = new FileInspector();

  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] encryptedPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] image(String format, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  static byte[] windowsExecutable() {
    byte[] b = new byte[4096];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3c] = (byte) 0x80;
    b[0x80] = 'P';
    b[0x81] = 'E';
    return b;
  }

  Violations inspect(UploadedDocument code, byte[] bytes) {
    Violations v = new Violations();
    inspector.inspect(code.code(), code, bytes, v);
    return v;
  }

  @Test
  void aValidPdfAndImagesPass() throws IOException {
    assertThat(inspect(UploadedDocument.CV, pdf()).isEmpty()).isTrue();
    assertThat(inspect(UploadedDocument.PASSPORT, image("png", 800, 600)).isEmpty()).isTrue();
    Violations v = new Violations();
    var photo = inspector.inspect("photo", UploadedDocument.PHOTO, image("jpeg", 827, 1063), v);
    assertThat(photo).hasValueSatisfying(p -> {
      assertThat(p.contentType()).isEqualTo("image/jpeg");
      assertThat(p.width()).isEqualTo(827);
      assertThat(p.height()).isEqualTo(1063);
    });
  }

  @Test
  void anExecutableRenamedPdfIsRefusedAsUnsupported() {
    Violations v = inspect(UploadedDocument.PASSPORT, windowsExecutable());
    FieldError e = v.all().get(0);
    assertThat(e.field()).isEqualTo("passport");
    assertThat(e.reason()).contains("decided by its content").doesNotContain("application/pdf is");
    assertThat(e.accepted()).contains("application/pdf").contains("image/jpeg").contains("image/png");
    assertUnsupported(v);
  }

  @Test
  void anImageWhereOnlyAPdfIsAcceptedIsRefused() throws IOException {
    Violations v = inspect(UploadedDocument.CV, image("png", 100, 100));
    assertThat(v.all().get(0).reason()).contains("image/png");
    assertUnsupported(v);
  }

  @Test
  void aBrokenPdfIsRefusedWithAReason() throws IOException {
    byte[] broken = Arrays.copyOf(pdf(), 40);
    Violations v = inspect(UploadedDocument.CV, broken);
    assertThat(v.all().get(0).reason()).contains("cannot be opened");
    assertUnsupported(v);
  }

  @Test
  void anEncryptedPdfIsRefusedAsARule() throws IOException {
    Violations v = inspect(UploadedDocument.CV, encryptedPdf());
    assertThat(v.all().get(0).reason()).contains("encrypted");
    try {
      v.throwIfAny("test");
    } catch (kz.gov.dnr.api.ApiException e) {
      assertThat(e.kind().status()).isEqualTo(422);
    }
  }

  @Test
  void aTruncatedImageDoesNotDecode() throws IOException {
    byte[] png = image("png", 800, 1000);
    Violations v = inspect(UploadedDocument.PHOTO, Arrays.copyOf(png, png.length / 3));
    assertThat(v.all()).isNotEmpty();
    assertUnsupported(v);
  }

  @Test
  void aStoredPhotosSizeIsReadFromItsHeaderAndGarbageHasNone() throws IOException {
    assertThat(inspector.storedImageSize("image/jpeg", image("jpeg", 827, 1063)))
        .hasValueSatisfying(p -> assertThat(new int[] {p.width(), p.height()}).containsExactly(827, 1063));
    assertThat(inspector.storedImageSize("image/png", image("png", 350, 450)))
        .hasValueSatisfying(p -> assertThat(new int[] {p.width(), p.height()}).containsExactly(350, 450));
    assertThat(inspector.storedImageSize("image/jpeg", windowsExecutable())).isEmpty();
    assertThat(inspector.storedImageSize("image/png", new byte[0])).isEmpty();
  }

  @Test
  void theAcceptedTypesAreKnownByTheirSignatureAsTikaKnowsThem() throws IOException {
    org.apache.tika.Tika tika = new org.apache.tika.Tika();
    for (byte[] file : java.util.List.of(pdf(), encryptedPdf(), image("jpeg", 350, 450), image("png", 350, 450))) {
      assertThat(FileInspector.signature(file)).contains(tika.detect(file));
    }
    // Anything else is left to Tika, whose answer the refusal quotes.
    assertThat(FileInspector.signature(windowsExecutable())).isEmpty();
    assertThat(FileInspector.signature("%PD".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileInspector.signature(new byte[0])).isEmpty();
  }

  @Test
  void anEmptyFileIsMalformed() {
    Violations v = inspect(UploadedDocument.CV, new byte[0]);
    assertThat(v.all().get(0).reason()).isEqualTo("the file is empty");
  }

  @Test
  void aDetachedSignatureMustBeCms() throws IOException {
    Violations v = inspect(UploadedDocument.QUESTIONNAIRE_SIGNATURE, pdf());
    assertThat(v.all().get(0).accepted()).contains("application/pkcs7-signature");
    assertUnsupported(v);
  }

  private static void assertUnsupported(Violations v) {
    try {
      v.throwIfAny("test");
      throw new AssertionError("expected a refusal");
    } catch (kz.gov.dnr.api.ApiException e) {
      assertThat(e.kind().status()).isEqualTo(415);
    }
  }
}
