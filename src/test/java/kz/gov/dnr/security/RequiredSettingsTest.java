package kz.gov.dnr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.gov.dnr.DnrApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/**
 * Outside the demo profile nothing has a default: without the administrator (no default password), the
 * ministry's signing key (R8.1), the EDS trust store (R10.1 item 5) and the outside systems' real adapters the
 * server does not start, and says everything that is missing at once, in Spring Boot's failure report.
 */
@Tag("isolated")
@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsTest {

  @Test
  void startupOutsideTheDemoProfileFailsNamingEverySettingThatIsMissing(CapturedOutput output) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(DnrApplication.class)
        .profiles("test")
        .properties("spring.datasource.url=jdbc:h2:mem:no-settings;DB_CLOSE_DELAY=-1", "server.port=0",
            "logging.level.root=OFF", "logging.level.org.springframework.boot.diagnostics=ERROR");
    // As a production start would have them: the test profile's own settings overridden from the command line.
    String[] production = {"--dnr.identity.admin-id=", "--dnr.identity.admin-password=", "--dnr.signing.keystore=",
        "--dnr.signing.password=", "--dnr.eds.trust-store-required=true", "--dnr.outside.simulated=false"};
    assertThatThrownBy(() -> app.run(production))
        .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
            .contains("DNR_ADMIN_ID").contains("DNR_ADMIN_PASSWORD").contains("no default password")
            .contains("DNR_SIGNING_KEYSTORE").contains("DNR_EDS_TRUST_STORE")
            .contains("No adapter for the integrated data bank").contains("No adapter for Berkut")
            .contains("No adapter for ADIS").contains("No adapter for the eGov payment gateway")
            .contains("No adapter for the courier").contains("No adapter for the applicants' portal cabinets")
            .contains("The demo profile needs none of these"));
    // What the operator reads: one line per missing setting under Spring Boot's heading, not a stack trace.
    assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
        .contains("The server cannot start as configured:\n  - No administrator configured")
        .contains("  - No adapter for Berkut: provide a bean implementing kz.gov.dnr.outside.BerkutGateway")
        .contains("start the demo profile, which needs none of them");
  }
}
