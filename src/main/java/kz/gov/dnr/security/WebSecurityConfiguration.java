package kz.gov.dnr.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication in front of the two HTTP APIs (CONTRACT.md): the engine REST API takes HTTP Basic only
 * (Camunda's convention, used by Modeler's deploy), {@code /api/v1} takes Basic or the webapp session.
 * Anonymous calls to either are 401. The webapps authenticate by their own login. {@code /actuator} takes the
 * same credentials, optionally: its health details are for supervisors and administrators only.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity,
      ObjectMapper json) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, json));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/v1/*");
    registration.setOrder(11);
    return registration;
  }

  /** {@code /actuator}: open to anonymous calls, the health details only to supervisors and administrators. */
  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> actuatorAuthentication(IdentityService identity,
      ObjectMapper json) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(ApiAuthenticationFilter.optional(identity, json));
    registration.setName("actuator-authentication");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(12);
    return registration;
  }
}
