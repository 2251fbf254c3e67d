package kz.gov.dnr.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who calls {@code /api/v1}: a system client or a webapp user, with their groups. Set by
 * {@link ApiAuthenticationFilter} on every request that reaches a controller.
 */
public record ApiCaller(String id, Set<String> groups, boolean viaWebappSession) {

  static final String ATTRIBUTE = ApiCaller.class.getName();

  public boolean is(SystemClient client) {
    return client.id().equals(id) && groups.contains(DnrGroup.SYSTEM_CLIENTS.id());
  }

  public boolean isSystemClient() {
    return groups.contains(DnrGroup.SYSTEM_CLIENTS.id());
  }

  public boolean inGroup(DnrGroup group) {
    return groups.contains(group.id());
  }

  public static ApiCaller of(HttpServletRequest request) {
    ApiCaller caller = (ApiCaller) request.getAttribute(ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("No authenticated caller on " + request.getRequestURI());
    }
    return caller;
  }
}
