package kz.gov.dnr.intake;

import java.util.Optional;

/**
 * V3: a portrait photo 35×45 mm, digitised for print: portrait, aspect ratio 35:45 within 2.5 %, and at
 * least 413×531 pixels (35×45 mm at 300 dpi). The type (JPEG or PNG) is checked by {@link FileInspector}.
 */
public final class PhotoRule {

  public static final int MIN_WIDTH = 413;
  public static final int MIN_HEIGHT = 531;
  public static final double RATIO = 35.0 / 45.0;
  public static final double TOLERANCE = 0.025;
  public static final String ACCEPTED = "a JPEG or PNG portrait photo 35x45 mm: width:height 35:45 (±2.5 %),"
      + " at least 413x531 pixels";

  private PhotoRule() {
  }

  public static Optional<String> problem(int width, int height) {
    if (width >= height) {
      return Optional.of("the photo is " + width + "x" + height + " pixels, not portrait");
    }
    double ratio = (double) width / height;
    if (Math.abs(ratio - RATIO) / RATIO > TOLERANCE) {
      return Optional.of(String.format(java.util.Locale.ROOT,
          "the photo's width:height is %.3f, not 35:45 (0.778)", ratio));
    }
    if (width < MIN_WIDTH || height < MIN_HEIGHT) {
      return Optional.of("the photo has " + width + "x" + height + " pixels, too few to print 35x45 mm at 300 dpi");
    }
    return Optional.empty();
  }
}
