package kz.gov.dnr.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import kz.gov.dnr.security.ClientAccessInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code /api/v1}: client access checks and the OpenAPI description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

  private final ClientAccessInterceptor clientAccess;

  public WebConfiguration(ClientAccessInterceptor clientAccess) {
    this.clientAccess = clientAccess;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(clientAccess).addPathPatterns("/api/v1/**");
  }

  @Bean
  public OpenAPI dnrOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Digital Nomad Residency API").version("v1")
            .description("For the Astana Hub portal, the eGov portal, the Berkut gateway and the PSC system"
                + " (CONTRACT.md). HTTP Basic; errors are application/problem+json (RFC 9457) with a field-level"
                + " 'errors' list. Submissions accept an Idempotency-Key header. A multipart application carries the"
                + " part 'application' and file parts named by document code, nothing else: any other part, or a document"
                + " sent without a file name, is refused (400) and named in 'errors'."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
