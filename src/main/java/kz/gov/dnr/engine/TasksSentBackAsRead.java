package kz.gov.dnr.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tasklist save a task it has read: "Set follow-up date" (and "Set due date") sends the task back whole
 * through {@code PUT …/task/{id}}, as the engine's REST API read it out, and for a task with a Camunda Form that
 * includes its form reference ({@code camundaFormRef}), which the API cannot read back in (an interface; Jackson
 * refuses it with "Cannot construct instance of CamundaFormRef"). So every officer's follow-up date failed, on
 * every task of the order, with the parser's message. The form reference is the model's and a saved task never
 * changes it (the engine has no setter for it), so it is dropped from such a request before the API reads it;
 * everything else the request says is taken, and checked, as before ({@link TasksKeepTheirModel}).
 * Applies to the engine REST API and to the webapps' own path to it.
 */
@Component
public class TasksSentBackAsRead extends OncePerRequestFilter {

  static final String FORM_REF = "camundaFormRef";
  private static final Pattern SAVE_TASK = Pattern.compile("(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/[^/]+/?");
  /**
   * A task saved whole is a few kilobytes, sent with its length (as Tasklist does); a larger body, or one without
   * its length, is left for the API to answer as it is.
   */
  private static final int MAX_BODY = 64 * 1024;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    return !"PUT".equals(request.getMethod()) || length < 0 || length > MAX_BODY
        || !SAVE_TASK.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Body(request, withoutFormRef(request.getInputStream().readNBytes(MAX_BODY))), response);
  }

  /** The body without the task's form reference; as it came if it is not a JSON object naming one. */
  static byte[] withoutFormRef(byte[] body) {
    try {
      JsonNode task = ProcessJson.mapper().readTree(body);
      if (task instanceof ObjectNode object && object.has(FORM_REF)) {
        object.remove(FORM_REF);
        return ProcessJson.mapper().writeValueAsBytes(object);
      }
    } catch (IOException notJson) {
      // the API answers it as before
    }
    return body;
  }

  /** The request with its body read once and replaced. */
  private static final class Body extends HttpServletRequestWrapper {
    private final ByteArrayInputStream in;
    private final int length;

    Body(HttpServletRequest request, byte[] bytes) {
      super(request);
      this.in = new ByteArrayInputStream(bytes);
      this.length = bytes.length;
    }

    @Override
    public int getContentLength() {
      return length;
    }

    @Override
    public long getContentLengthLong() {
      return length;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
