package kz.gov.dnr.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.gov.dnr.api.UploadLimits;
import kz.gov.dnr.documents.UploadedDocument;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A multipart submission as CONTRACT.md defines it: a part {@code application} (JSON) and one file part
 * per document, named by its code. Reading records every fault in {@link Violations}; nothing is stored. A part
 * the request does not define (a stray form field such as {@code iin}, a document sent without a file name) is a
 * fault too: ignoring it would let the sender believe it was read.
 */
public final class Submission {

  private final JsonNode application;
  private final Map<UploadedDocument, MultipartFile> files;
  private final String sha256;

  private Submission(JsonNode application, Map<UploadedDocument, MultipartFile> files, String sha256) {
    this.application = application;
    this.files = files;
    this.sha256 = sha256;
  }

  public static Submission read(MultipartHttpServletRequest request, ObjectMapper json, Set<UploadedDocument> allowed,
      Set<UploadedDocument> required, Violations v) {
    JsonNode application = null;
    Map<UploadedDocument, MultipartFile> files = new LinkedHashMap<>();
    TreeMap<String, byte[]> forHash = new TreeMap<>();
    String codes = allowed.stream().map(UploadedDocument::code).sorted().collect(Collectors.joining(", "));
    long total = 0;
    for (Map.Entry<String, List<MultipartFile>> e : request.getMultiFileMap().entrySet()) {
      String name = e.getKey();
      if (e.getValue().size() > 1) {
        v.malformed(name, "the part appears " + e.getValue().size() + " times", "one part per document code");
      }
      MultipartFile file = e.getValue().get(0);
      byte[] bytes = bytes(file);
      total += bytes.length;
      forHash.put(name, bytes);
      if ("application".equals(name)) {
        application = parse(bytes, json, v);
        continue;
      }
      UploadedDocument code = UploadedDocument.byCode(name).filter(allowed::contains).orElse(null);
      if (code == null) {
        v.malformed(name, "is not a document code of this request", "file parts named " + codes);
      } else {
        files.put(code, file);
      }
    }
    // Parts without a file name (and query parameters): the JSON part is usually one of them, nothing else may be.
    Map<String, String[]> fields = request.getParameterMap();
    for (Map.Entry<String, String[]> e : fields.entrySet()) {
      String name = e.getKey();
      if ("application".equals(name)) {
        if (e.getValue().length > 1) {
          v.malformed(name, "the part appears " + e.getValue().length + " times", "one part 'application'");
        }
        if (application == null) {
          byte[] bytes = e.getValue()[0].getBytes(StandardCharsets.UTF_8);
          forHash.put(name, bytes);
          application = parse(bytes, json, v);
        }
      } else if (UploadedDocument.byCode(name).filter(allowed::contains).isPresent()) {
        v.malformed(name, "was sent as a form field, not as a file", "a file part named " + name
            + " with a file name (Content-Disposition: form-data; name=\"" + name + "\"; filename=\"...\")");
      } else {
        v.malformed(name, "is neither the part 'application' nor a document code of this request (nothing is read"
            + " from it)", "a part 'application' with the application as JSON and file parts named " + codes);
      }
    }
    if (application == null && !v.has("application")) {
      v.malformed("application", "the part is missing", "a part 'application' with the application as JSON");
    }
    for (UploadedDocument r : required) {
      if (!files.containsKey(r) && !fields.containsKey(r.code())) {
        v.malformed(r.code(), "the document is missing", r.title() + ": " + String.join(", ", r.accepts().contentTypes())
            + ", at most " + UploadLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
    }
    if (total > UploadLimits.MAX_REQUEST_BYTES) {
      v.malformed("request", "the request carries " + total + " bytes", UploadLimits.describe());
    }
    return new Submission(application, files, hash(forHash));
  }

  private static JsonNode parse(byte[] bytes, ObjectMapper json, Violations v) {
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        v.malformed("application", "is not a JSON object", "a JSON object, see the API description");
        return null;
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      v.malformed("application", "is not valid JSON (" + e.getOriginalMessage() + ")", "a JSON object");
      return null;
    } catch (IOException e) {
      v.malformed("application", "cannot be read", "a JSON object");
      return null;
    }
  }

  private static byte[] bytes(MultipartFile f) {
    try {
      return f.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(TreeMap<String, byte[]> parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      parts.forEach((name, bytes) -> {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
        md.update((byte) 0);
      });
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code application} JSON; null when it could not be read (then {@link Violations} say why). */
  public JsonNode application() {
    return application;
  }

  public Map<UploadedDocument, MultipartFile> files() {
    return files;
  }

  /** A hash of every part: a retry with the same Idempotency-Key must send the same request. */
  public String sha256() {
    return sha256;
  }
}
