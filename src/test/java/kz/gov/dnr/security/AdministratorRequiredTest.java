package kz.gov.dnr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.gov.dnr.DnrApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** Outside the demo profile there is no default password: without DNR_ADMIN_ID/PASSWORD nothing starts. */
@Tag("isolated")
class AdministratorRequiredTest {

  @Test
  void startupOutsideTheDemoProfileFailsClearlyWithoutAnAdministrator() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(DnrApplication.class)
        .profiles("test")
        .properties("spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1", "server.port=0",
            "dnr.identity.admin-id=", "dnr.identity.admin-password=", "logging.level.root=OFF");
    assertThatThrownBy(app::run)
        .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
            .contains("DNR_ADMIN_ID").contains("DNR_ADMIN_PASSWORD").contains("no default password"));
  }
}
