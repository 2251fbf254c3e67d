package kz.gov.dnr.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests the web server refuses before the application sees them answer with a problem body too, not
 * Tomcat's HTML page: a request line with characters that must be percent-encoded ({@code {}, {@code |},
 * a space), an encoded {@code /}, {@code \} or NUL in a path, headers too large. A portal developer reads
 * from the body what to change. Requests that reach the application are answered by
 * {@link ApiExceptionHandler}; this is the web server's last resort.
 *
 * <p>Spring Boot puts a plain {@link ErrorReportValve} on Tomcat's host; this customizer runs after Boot's
 * ({@link Ordered#LOWEST_PRECEDENCE}) and has the host use {@link ProblemReportValve} instead.
 */
@Component
public class WebServerProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  static final String NOT_VALID_HTTP = "The web server refused the request before reading it: the request line"
      + " is not valid. In the path and the query, characters such as { } | \\ ^ ` \" < > and spaces must be"
      + " percent-encoded; in a path, an encoded '/' (%2F), '\\' (%5C) or NUL (%00) is not accepted.";

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Container parent = context.getParent();
      if (parent instanceof StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
          if (valve.getClass() == ErrorReportValve.class) {
            host.getPipeline().removeValve(valve);
          }
        }
        // the host adds the valve of this class when it starts
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
      }
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Tomcat's last-resort error report as {@code application/problem+json}, with no stack trace or server name. */
  public static class ProblemReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ProblemReportValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      String instance = request.getRequestURI();
      Problem problem = status == 400
          ? Problem.of(ProblemKind.MALFORMED_REQUEST, NOT_VALID_HTTP, instance, null)
          : Problem.of("http-" + status, reason(status), status,
              "The web server refused the request before the application saw it.", instance);
      try {
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        OutputStream out = response.getOutputStream();
        out.write(body);
        out.flush();
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response cannot be written: nothing more to tell it
      }
    }

    private static String reason(int status) {
      HttpStatus known = HttpStatus.resolve(status);
      return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
  }
}
