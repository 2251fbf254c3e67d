package kz.gov.dnr.casefile;

import kz.gov.dnr.documents.UploadedDocument;

/** An accepted upload: its code, a clean file name, the content type decided by content, the bytes. */
public record Upload(UploadedDocument code, String fileName, String contentType, byte[] bytes) {

  /** The client's file name without path, control characters or excess length; the code when absent. */
  public static String cleanFileName(String original, UploadedDocument code, String contentType) {
    String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").trim();
    if (name.isEmpty()) {
      name = code.code() + switch (contentType) {
        case "application/pdf" -> ".pdf";
        case "image/jpeg" -> ".jpg";
        case "image/png" -> ".png";
        default -> ".bin";
      };
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
