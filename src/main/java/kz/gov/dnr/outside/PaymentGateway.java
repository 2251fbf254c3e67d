package kz.gov.dnr.outside;

import java.math.BigDecimal;
import java.util.Optional;

/** The eGov payment gateway: state fees for the PRP (§10, §20) and the residence card (§26). V6. */
public interface PaymentGateway {

  Optional<Payment> find(String reference);

  /** Marks the payment used by this case, so it cannot pay for another. */
  void markUsed(String reference, String caseNumber);

  /** A payment as the gateway knows it. */
  record Payment(String reference, String payerIin, BigDecimal amountKzt, String purpose, boolean used) {
  }
}
