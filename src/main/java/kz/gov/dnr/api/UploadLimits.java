package kz.gov.dnr.api;

/** The intake limits (README "Limits"), the same numbers as {@code spring.servlet.multipart}. */
public final class UploadLimits {

  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  public static final long MAX_REQUEST_BYTES = 40L * 1024 * 1024;

  private UploadLimits() {
  }

  public static String describe() {
    return "at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB per file and " + MAX_REQUEST_BYTES / (1024 * 1024)
        + " MB per request";
  }
}
