package kz.gov.dnr.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.gov.dnr.api.Problem;
import kz.gov.dnr.api.ProblemKind;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every call to {@code /api/v1} (CONTRACT.md): HTTP Basic against the engine's identity
 * service for users and system clients, or the officer's webapp session (one login for Tasklist,
 * Cockpit and the API). The session is accepted for reading only (GET, HEAD): a change needs explicit
 * credentials, so a page in the officer's browser cannot make one behind their back. Anything else is 401
 * with a problem body. Puts the case number of the path, never personal data, in the log context.
 *
 * <p>On {@code /actuator} ({@link #optional}) the same credentials are optional: an anonymous call passes as
 * anonymous (a load balancer reads the health status) and wrong credentials are 401. On either path a caller is
 * passed on as the request's user with their groups as roles, which is what {@code management.endpoint.health.roles}
 * asks before the health details are shown.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Pattern CASE_IN_PATH = Pattern.compile("/api/v1/cases/([^/]+)");
  private static final String ENGINE = "default";

  private final IdentityService identity;
  private final ObjectMapper json;
  private final boolean required;

  public ApiAuthenticationFilter(IdentityService identity, ObjectMapper json) {
    this(identity, json, true);
  }

  private ApiAuthenticationFilter(IdentityService identity, ObjectMapper json, boolean required) {
    this.identity = identity;
    this.json = json;
    this.required = required;
  }

  /** The filter for {@code /actuator}: credentials optional. */
  public static ApiAuthenticationFilter optional(IdentityService identity, ObjectMapper json) {
    return new ApiAuthenticationFilter(identity, json, false);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher m = CASE_IN_PATH.matcher(request.getRequestURI());
    if (m.find()) {
      MDC.put("caseNumber", m.group(1).length() <= 20 ? m.group(1) : m.group(1).substring(0, 20));
    }
    try {
      String header = request.getHeader("Authorization");
      Optional<ApiCaller> caller;
      if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
        caller = fromBasic(header.substring(6).trim());
        if (caller.isEmpty()) {
          unauthenticated(request, response, "The user name or password is not valid");
          return;
        }
      } else {
        caller = fromWebappSession(request);
        if (caller.isEmpty()) {
          if (required) {
            unauthenticated(request, response, "Log in to the webapps or send HTTP Basic credentials"
                + " (system clients: the client id and its password)");
          } else {
            chain.doFilter(request, response);
          }
          return;
        }
      }
      request.setAttribute(ApiCaller.ATTRIBUTE, caller.get());
      chain.doFilter(asUser(request, caller.get()), response);
    } finally {
      MDC.remove("caseNumber");
    }
  }

  private Optional<ApiCaller> fromBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String user = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    if (!identity.checkPassword(user, password)) {
      return Optional.empty();
    }
    Set<String> groups = new HashSet<>();
    for (Group g : identity.createGroupQuery().groupMember(user).list()) {
      groups.add(g.getId());
    }
    return Optional.of(new ApiCaller(user, Set.copyOf(groups), false));
  }

  private Optional<ApiCaller> fromWebappSession(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine(ENGINE);
    if (auth instanceof UserAuthentication user && user.getIdentityId() != null) {
      Set<String> groups = user.getGroupIds() == null ? Set.of() : Set.copyOf(user.getGroupIds());
      return Optional.of(new ApiCaller(user.getIdentityId(), groups, true));
    }
    return Optional.empty();
  }

  /** The request as the caller's: its user principal, and its groups as roles. */
  private static HttpServletRequest asUser(HttpServletRequest request, ApiCaller caller) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return caller::id;
      }

      @Override
      public String getRemoteUser() {
        return caller.id();
      }

      @Override
      public boolean isUserInRole(String role) {
        return caller.groups().contains(role);
      }
    };
  }

  private void unauthenticated(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Basic realm=\"dnr\", charset=\"UTF-8\"");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(),
        Problem.of(ProblemKind.UNAUTHENTICATED, detail, request.getRequestURI(), null));
  }
}
