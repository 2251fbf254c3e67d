package kz.gov.dnr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.gov.dnr.DnrApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * Outside the demo profile nothing has a default: without the administrator (no default password), the
 * ministry's signing key (R8.1) and the EDS trust store (R10.1 item 5) the server does not start, and says
 * everything that is missing at once.
 */
@Tag("isolated")
class RequiredSettingsTest {

  @Test
  void startupOutsideTheDemoProfileFailsNamingEverySettingThatIsMissing() {
    SpringApplicationBuilder app = new SpringApplicationBuilder(DnrApplication.class)
        .profiles("test")
        .properties("spring.datasource.url=jdbc:h2:mem:no-settings;DB_CLOSE_DELAY=-1", "server.port=0",
            "logging.level.root=OFF");
    // As a production start would have them: the test profile's own settings overridden from the command line.
    String[] production = {"--dnr.identity.admin-id=", "--dnr.identity.admin-password=", "--dnr.signing.keystore=",
        "--dnr.signing.password=", "--dnr.eds.trust-store-required=true"};
    assertThatThrownBy(() -> app.run(production))
        .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
            .contains("DNR_ADMIN_ID").contains("DNR_ADMIN_PASSWORD").contains("no default password")
            .contains("DNR_SIGNING_KEYSTORE").contains("DNR_EDS_TRUST_STORE")
            .contains("The demo profile needs none of these"));
  }
}
