package kz.gov.dnr.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import kz.gov.dnr.api.Problem;
import kz.gov.dnr.api.ProblemKind;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link ClientsOnly} before the request body is read: the Astana Hub portal cannot post an NSC
 * decision, an officer cannot submit an application. A refusal is 403 with a problem body.
 */
@Component
public class ClientAccessInterceptor implements HandlerInterceptor {

  private final ObjectMapper json;

  public ClientAccessInterceptor(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    ClientsOnly only = method.getMethodAnnotation(ClientsOnly.class);
    if (only == null) {
      return true;
    }
    ApiCaller caller = ApiCaller.of(request);
    if (Arrays.stream(only.value()).anyMatch(caller::is)) {
      return true;
    }
    String allowed = Arrays.stream(only.value()).map(SystemClient::id).collect(Collectors.joining(", "));
    response.setStatus(403);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), Problem.of(ProblemKind.FORBIDDEN, caller.id() + " may not call "
        + request.getMethod() + " " + request.getRequestURI() + "; only " + allowed + " may", request.getRequestURI(), null));
    return false;
  }
}
