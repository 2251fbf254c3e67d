package kz.gov.dnr.outside.simulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.gov.dnr.outside.ApplicantCabinet;
import kz.gov.dnr.outside.BerkutGateway;
import kz.gov.dnr.outside.Courier;
import kz.gov.dnr.outside.CriminalRecordBank;
import kz.gov.dnr.outside.FingerprintRegistry;
import kz.gov.dnr.outside.MailDelivery;
import kz.gov.dnr.outside.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated outside systems of the demo profile and the tests. Each answers from {@link SimulatorData}
 * and obeys {@link SimulatorControl}; none holds an answer in code.
 */
public final class Simulators {

  private static final Logger LOG = LoggerFactory.getLogger(Simulators.class);

  private Simulators() {
  }

  /** The integrated data bank. */
  public static final class RecordBank implements CriminalRecordBank {
    private final SimulatorData data;
    private final SimulatorControl control;

    public RecordBank(SimulatorData data, SimulatorControl control) {
      this.data = data;
      this.control = control;
    }

    @Override
    public RecordCheck check(String iin, String passportNumber) {
      control.enter(OutsideSystem.IDB);
      return new RecordCheck("IDB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
          data.person(iin).recordHits());
    }
  }

  /** Berkut: NSC requests (answered later through the API) and border crossings. */
  public static final class Berkut implements BerkutGateway {
    private final SimulatorData data;
    private final SimulatorControl control;
    private final NscAutoAnswer autoAnswer;

    public Berkut(SimulatorData data, SimulatorControl control, NscAutoAnswer autoAnswer) {
      this.data = data;
      this.control = control;
      this.autoAnswer = autoAnswer;
    }

    @Override
    public String requestNscApproval(String caseNumber, String iin, String passportNumber, String citizenship) {
      control.enter(OutsideSystem.BERKUT);
      String reference = "BRK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      autoAnswer.scheduleAfterCommit(caseNumber, reference, data.person(iin).nsc());
      return reference;
    }

    @Override
    public void remindNsc(String caseNumber, String requestReference) {
      control.enter(OutsideSystem.BERKUT);
      LOG.info("Berkut (simulated): reminder sent for NSC request {}", requestReference);
    }

    @Override
    public List<BorderCrossing> borderCrossings(String iin, String passportNumber) {
      control.enter(OutsideSystem.BERKUT);
      return data.person(iin).borderCrossings();
    }
  }

  /** ADIS. */
  public static final class Adis implements FingerprintRegistry {
    private final SimulatorData data;
    private final SimulatorControl control;

    public Adis(SimulatorData data, SimulatorControl control) {
      this.data = data;
      this.control = control;
    }

    @Override
    public FingerprintRecord lookup(String iin) {
      control.enter(OutsideSystem.ADIS);
      return data.person(iin).fingerprints();
    }
  }

  /** The eGov payment gateway. */
  public static final class Payments implements PaymentGateway {
    private final SimulatorData data;
    private final SimulatorControl control;

    public Payments(SimulatorData data, SimulatorControl control) {
      this.data = data;
      this.control = control;
    }

    @Override
    public Optional<Payment> find(String reference) {
      control.enter(OutsideSystem.PAYMENT_GATEWAY);
      return data.payment(reference);
    }

    @Override
    public void markUsed(String reference, String caseNumber) {
      control.enter(OutsideSystem.PAYMENT_GATEWAY);
      data.payment(reference).ifPresent(p -> data.putPayment(
          new Payment(p.reference(), p.payerIin(), p.amountKzt(), p.purpose(), true)));
    }

    /** A payment for a test or a demo. */
    public void put(String reference, String payerIin, BigDecimal amountKzt, String purpose) {
      data.putPayment(new Payment(reference, payerIin, amountKzt, purpose, false));
    }
  }

  /** The courier. */
  public static final class SimulatedCourier implements Courier {
    private final SimulatorControl control;

    public SimulatedCourier(SimulatorControl control) {
      this.control = control;
    }

    @Override
    public String dispatchOriginals(String caseNumber, String fromOffice, String toOffice) {
      control.enter(OutsideSystem.COURIER);
      return "KZP-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
    }
  }

  /**
   * The portals' personal cabinets; deliveries are kept for inspection. Like a portal honouring its idempotency
   * key, a message delivered again under the same delivery key is kept once.
   */
  public static final class Cabinets implements ApplicantCabinet {
    private final SimulatorControl control;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    public Cabinets(SimulatorControl control) {
      this.control = control;
    }

    @Override
    public void deliver(String deliveryKey, Portal portal, String caseNumber, String iin, String subject, String text,
        List<Attachment> attachments) {
      control.enter(OutsideSystem.PORTALS);
      if (keys.add(deliveryKey)) {
        delivered.add(portal + " " + caseNumber + " " + subject);
      }
    }

    @Override
    public void publishDocument(Portal portal, String caseNumber, String iin, String documentCode, Attachment document) {
      control.enter(OutsideSystem.PORTALS);
      delivered.add(portal + " " + caseNumber + " published " + documentCode);
    }

    public List<String> delivered() {
      return List.copyOf(delivered);
    }
  }

  /** E-mail when no SMTP server is configured (demo): the message is accepted and not sent anywhere. */
  public static final class Mail implements MailDelivery {
    private final SimulatorControl control;

    public Mail(SimulatorControl control) {
      this.control = control;
    }

    @Override
    public void send(String deliveryKey, String to, String subject, String text,
        List<ApplicantCabinet.Attachment> attachments) {
      control.enter(OutsideSystem.EMAIL);
      LOG.info("E-mail (simulated, no SMTP server configured): '{}' with {} attachment(s)", subject, attachments.size());
    }
  }
}
