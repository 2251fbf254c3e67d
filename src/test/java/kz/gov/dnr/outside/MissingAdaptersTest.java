package kz.gov.dnr.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo each outside system needs a real adapter and e-mail an SMTP server; the startup check names each one missing. */
class MissingAdaptersTest {

  @Test
  void withoutSimulatorsEverySystemWithoutAnAdapterAndTheMissingSmtpServerAreNamed() {
    List<String> missing = OutsideSystemsConfiguration.missingAdapters(new StaticListableBeanFactory(),
        new MockEnvironment());

    assertThat(missing).containsExactly(
        "No adapter for the integrated data bank: provide a bean implementing kz.gov.dnr.outside.CriminalRecordBank"
            + " (the simulators stand in only with dnr.outside.simulated=true)",
        "No adapter for Berkut: provide a bean implementing kz.gov.dnr.outside.BerkutGateway"
            + " (the simulators stand in only with dnr.outside.simulated=true)",
        "No adapter for ADIS: provide a bean implementing kz.gov.dnr.outside.FingerprintRegistry"
            + " (the simulators stand in only with dnr.outside.simulated=true)",
        "No adapter for the eGov payment gateway: provide a bean implementing kz.gov.dnr.outside.PaymentGateway"
            + " (the simulators stand in only with dnr.outside.simulated=true)",
        "No adapter for the courier: provide a bean implementing kz.gov.dnr.outside.Courier"
            + " (the simulators stand in only with dnr.outside.simulated=true)",
        "No adapter for the applicants' portal cabinets: provide a bean implementing kz.gov.dnr.outside.ApplicantCabinet"
            + " (the simulators stand in only with dnr.outside.simulated=true)",
        "No SMTP server for e-mail to applicants: set spring.mail.host (and spring.mail.*)");
  }

  @Test
  void aSystemWithItsAdapterAndAConfiguredSmtpServerAreNotNamed() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("berkutAdapter", mock(BerkutGateway.class));
    beans.addBean("courierAdapter", mock(Courier.class));

    List<String> missing = OutsideSystemsConfiguration.missingAdapters(beans,
        new MockEnvironment().withProperty("spring.mail.host", "smtp.gov.kz"));

    assertThat(missing).hasSize(4).noneMatch(p -> p.contains("Berkut") || p.contains("courier") || p.contains("SMTP"));
  }

  @Test
  void withSimulatorsEMailNeedsNoSmtpServer() {
    List<String> missing = OutsideSystemsConfiguration.missingAdapters(new StaticListableBeanFactory(),
        new MockEnvironment().withProperty("dnr.outside.simulated", "true"));

    assertThat(missing).noneMatch(p -> p.contains("SMTP"));
  }
}
