package kz.gov.dnr.outside;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.gov.dnr.outside.simulator.NscAutoAnswer;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.outside.simulator.SimulatorData;
import kz.gov.dnr.outside.simulator.SimulatorProperties;
import kz.gov.dnr.outside.simulator.Simulators;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Which implementation stands behind each outside system. With {@code dnr.outside.simulated=true} (demo
 * profile, tests) the simulators answer; otherwise a real adapter must be provided as a bean for each
 * interface, or the application does not start. E-mail goes to the SMTP server of {@code spring.mail.host}
 * whenever one is configured.
 */
@Configuration(proxyBeanMethods = false)
public class OutsideSystemsConfiguration {

  static final String NO_SMTP = "No SMTP server for e-mail to applicants: set spring.mail.host (and spring.mail.*)";

  /** Each outside system's interface, by the name an operator knows it by. */
  static final Map<Class<?>, String> SYSTEMS = systems();

  private static Map<Class<?>, String> systems() {
    Map<Class<?>, String> m = new LinkedHashMap<>();
    m.put(CriminalRecordBank.class, "the integrated data bank");
    m.put(BerkutGateway.class, "Berkut");
    m.put(FingerprintRegistry.class, "ADIS");
    m.put(PaymentGateway.class, "the eGov payment gateway");
    m.put(Courier.class, "the courier");
    m.put(ApplicantCabinet.class, "the applicants' portal cabinets");
    return m;
  }

  /**
   * What stands in the way of talking to the outside systems, read from the bean definitions without creating
   * any: each system without an adapter, and e-mail without an SMTP server, unless the simulators are on.
   */
  public static List<String> missingAdapters(ListableBeanFactory beans, Environment env) {
    Stream<String> adapters = SYSTEMS.entrySet().stream()
        .filter(s -> beans.getBeanNamesForType(s.getKey(), true, false).length == 0)
        .map(s -> "No adapter for " + s.getValue() + ": provide a bean implementing " + s.getKey().getName()
            + " (the simulators stand in only with dnr.outside.simulated=true)");
    boolean simulated = env.getProperty("dnr.outside.simulated", Boolean.class, false);
    Stream<String> mail = simulated || env.containsProperty("spring.mail.host") ? Stream.empty()
        : Stream.of(NO_SMTP);
    return Stream.concat(adapters, mail).toList();
  }

  @Bean
  public MailDelivery mailDelivery(ObjectProvider<JavaMailSender> sender, Environment env,
      ObjectProvider<SimulatorControl> control) {
    if (env.containsProperty("spring.mail.host")) {
      return new SmtpMailDelivery(sender.getObject(), env.getProperty("dnr.mail.from", "no-reply@dnr.gov.kz"));
    }
    SimulatorControl c = control.getIfAvailable();
    if (c == null) {
      throw new IllegalStateException(NO_SMTP);
    }
    return new Simulators.Mail(c);
  }

  /** The simulators. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "dnr.outside.simulated", havingValue = "true")
  static class Simulated {

    @Bean
    SimulatorData simulatorData(SimulatorProperties p) {
      return new SimulatorData(p);
    }

    @Bean
    SimulatorControl simulatorControl(SimulatorProperties p) {
      return new SimulatorControl(p);
    }

    @Bean
    NscAutoAnswer nscAutoAnswer(SimulatorProperties p, ApplicationContext context) {
      return new NscAutoAnswer(p, context);
    }

    @Bean
    Simulators.RecordBank criminalRecordBank(SimulatorData d, SimulatorControl c) {
      return new Simulators.RecordBank(d, c);
    }

    @Bean
    Simulators.Berkut berkutGateway(SimulatorData d, SimulatorControl c, NscAutoAnswer a) {
      return new Simulators.Berkut(d, c, a);
    }

    @Bean
    Simulators.Adis fingerprintRegistry(SimulatorData d, SimulatorControl c) {
      return new Simulators.Adis(d, c);
    }

    @Bean
    Simulators.Payments paymentGateway(SimulatorData d, SimulatorControl c) {
      return new Simulators.Payments(d, c);
    }

    @Bean
    Simulators.SimulatedCourier courier(SimulatorControl c) {
      return new Simulators.SimulatedCourier(c);
    }

    @Bean
    Simulators.Cabinets applicantCabinet(SimulatorControl c) {
      return new Simulators.Cabinets(c);
    }
  }
}
