package kz.gov.dnr.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A plain HTTP client for tests: real requests against the running application. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private final HttpClient client;
  private final java.net.CookieManager cookies = new java.net.CookieManager();
  private final String base;
  private java.util.function.LongConsumer changeTimer = nanos -> { };

  public Http(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to a webapp as a browser does; the session cookie then rides on every later request. */
  public Response webappLogin(String user, String password, String app) {
    get("/camunda/app/" + app + "/default/", null);
    String xsrf = xsrfToken();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf == null ? "" : xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
        .build();
    return send(request);
  }

  /** Reports the duration of every request that is not a GET (the requests that change a case), for benchmarks. */
  public Http timingChanges(java.util.function.LongConsumer timer) {
    this.changeTimer = timer;
    return this;
  }

  public String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  /** An answer: status, headers, body. */
  public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body(), e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Response send(String method, String path, String user) {
    return send(request(path, user).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  public Response get(String path, String user) {
    return send(request(path, user).GET().build());
  }

  public Response postJson(String path, String user, Object body) {
    return postJson(path, user, body, Map.of());
  }

  public Response putJson(String path, String user, Object body) {
    return send(request(path, user).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))).build());
  }

  public Response postJson(String path, String user, Object body, Map<String, String> headers) {
    HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
    headers.forEach(b::header);
    return send(b.build());
  }

  /** Multipart with a JSON part {@code application} and one part per file. */
  public Response postMultipart(String path, String user, Object application, Map<String, Upload> files,
      Map<String, String> headers) {
    Multipart m = new Multipart();
    if (application != null) {
      m.part("application", null, "application/json",
          (application instanceof String s ? s : write(application)).getBytes(StandardCharsets.UTF_8));
    }
    files.forEach((code, f) -> m.part(code, f.fileName(), f.contentType(), f.bytes()));
    HttpRequest.Builder b = request(path, user)
        .header("Content-Type", "multipart/form-data; boundary=" + m.boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(m.build()));
    headers.forEach(b::header);
    return send(b.build());
  }

  /** A file to upload. */
  public record Upload(String fileName, String contentType, byte[] bytes) {
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String password = user.contains(":") ? "" : ":demo";
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + password).getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private Response send(HttpRequest request) {
    try {
      long start = System.nanoTime();
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (!request.method().equals("GET")) {
        changeTimer.accept(System.nanoTime() - start);
      }
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Multipart {
    final String boundary = "dnr-" + UUID.randomUUID();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Map<String, Integer> seen = new LinkedHashMap<>();

    void part(String name, String fileName, String contentType, byte[] bytes) {
      seen.merge(name, 1, Integer::sum);
      StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(name).append('"');
      if (fileName != null) {
        h.append("; filename=\"").append(fileName).append('"');
      }
      h.append("\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
      out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bytes);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    byte[] build() {
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }
}
