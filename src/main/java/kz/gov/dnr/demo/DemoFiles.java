package kz.gov.dnr.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import javax.imageio.ImageIO;
import kz.gov.dnr.documents.pdf.PdfLayout;

/** Stand-in scans for the demo cases: one-page PDFs and a 35x45 portrait photo. */
final class DemoFiles {

  private DemoFiles() {
  }

  /**
   * A one-page stand-in scan, drawn by the documents' own layout with its embedded font: PDFBox's standard
   * Helvetica would make it look for a system font to stand in for it, and warn for every page.
   */
  static byte[] pdf(String title) {
    return PdfLayout.of(new PdfLayout.Meta("DEMO - " + title, "Stand-in scan for a demo case", "en", "DEMO", title,
            Instant.now()))
        .paragraph(PdfLayout.Style.TITLE, "DEMO - " + title)
        .render();
  }

  static byte[] photo() {
    BufferedImage img = new BufferedImage(827, 1063, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(215, 225, 240));
    g.fillRect(0, 0, 827, 1063);
    g.setColor(new Color(120, 90, 70));
    g.fillOval(200, 170, 430, 560);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
