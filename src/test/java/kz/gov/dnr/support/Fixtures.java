package kz.gov.dnr.support;

import kz.gov.dnr.calendar.Kazakhstan;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.dnr.documents.pdf.PdfLayout;

/** Realistic inputs: PDFs, a 35x45 photo, the application JSON of CONTRACT.md. */
public final class Fixtures {

  private static final java.util.concurrent.atomic.AtomicInteger PERSON = new java.util.concurrent.atomic.AtomicInteger(1000);

  private Fixtures() {
  }

  /** A fresh valid IIN (V1), different on every call within a JVM. */
  public static String iin() {
    while (true) {
      String base = String.format("880101%d%04d", 3 + (PERSON.get() / 10000) % 3, PERSON.getAndIncrement() % 10000);
      int[] d = base.chars().map(c -> c - '0').toArray();
      int sum = 0;
      for (int i = 0; i < 11; i++) {
        sum += d[i] * (i + 1);
      }
      int check = sum % 11;
      if (check == 10) {
        int[] w = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        sum = 0;
        for (int i = 0; i < 11; i++) {
          sum += d[i] * w[i];
        }
        check = sum % 11;
      }
      if (check != 10) {
        return base + check;
      }
    }
  }

  public static String sha256(byte[] bytes) {
    return kz.gov.dnr.documents.DocumentStore.sha256(bytes);
  }

  /** A fresh passport number. */
  public static String passport() {
    return "T" + String.format("%07d", PERSON.getAndIncrement());
  }

  /** A one-page PDF saying the text, in the documents' embedded font (no system font looked up). */
  public static byte[] pdf(String text) {
    return PdfLayout.of(new PdfLayout.Meta(text, "Test fixture", "en", "TEST", text, Instant.now()))
        .paragraph(PdfLayout.Style.BODY, text)
        .render();
  }

  /** A 35x45 mm portrait at 600 dpi-ish pixels. */
  public static byte[] photo() {
    return jpeg(827, 1063);
  }

  public static byte[] jpeg(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(200, 210, 230));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(90, 60, 50));
    g.fillOval(w / 4, h / 6, w / 2, h / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An applicant for tests: a valid IIN and passport, Astana. */
  public static Map<String, Object> application(String iin, String passportNumber) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("iin", iin);
    a.put("surname", "Smith");
    a.put("givenNames", "Anna Maria");
    a.put("dateOfBirth", "1985-03-15");
    a.put("citizenship", "USA");
    a.put("passportNumber", passportNumber);
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(5).toString());
    a.put("email", "anna@example.org");
    a.put("phone", "+15551234567");
    a.put("city", "ASTANA");
    a.put("personalDataConsent", true);
    a.put("criminalRecordLegalisation", "APOSTILLE");
    return a;
  }

  /** The eight documents of §4 (the diploma included). */
  public static Map<String, Http.Upload> petitionDocuments() {
    Map<String, Http.Upload> files = new LinkedHashMap<>();
    files.put("passport", new Http.Upload("passport.pdf", "application/pdf", pdf("Passport X1234567")));
    files.put("photo", new Http.Upload("photo.jpg", "image/jpeg", photo()));
    files.put("diploma", new Http.Upload("diploma.pdf", "application/pdf", pdf("MSc Computer Science")));
    files.put("portfolio", new Http.Upload("portfolio.pdf", "application/pdf", pdf("Portfolio")));
    files.put("training-certificate", new Http.Upload("cert.pdf", "application/pdf", pdf("Kubernetes certificate")));
    files.put("cv", new Http.Upload("cv.pdf", "application/pdf", pdf("Curriculum vitae")));
    files.put("motivation-letter", new Http.Upload("letter.pdf", "application/pdf", pdf("Motivation")));
    files.put("criminal-record", new Http.Upload("record.pdf", "application/pdf", pdf("No criminal record, apostille")));
    return files;
  }
}
