package kz.gov.dnr.intake;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.outside.OutsideSystemUnavailable;
import kz.gov.dnr.outside.PaymentGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * V6: a state fee is verified with the eGov payment gateway: known, paid by the applicant, for this
 * purpose, at least the fee, and not used before (by the gateway's flag and by this service's own record;
 * a payment this very case already used is accepted again for its own resubmission).
 */
@Component
public class StateFeeCheck {

  private final PaymentGateway gateway;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public StateFeeCheck(PaymentGateway gateway, JdbcTemplate jdbc, Clock clock) {
    this.gateway = gateway;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Fee purposes, with the words officers read. */
  public enum Purpose {
    PRP("ТТР / ВНЖ / PRP"),
    RESIDENCE_CARD("тұру ықтиярхаты / вид на жительство / residence card");

    private final String words;

    Purpose(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** Checks the payment; faults go to {@code v}; returns a line for the officer when it is accepted. */
  public Optional<String> verify(String reference, String payerIin, Purpose purpose, BigDecimal fee, String caseNumber,
      Violations v) {
    String accepted = "the reference of a " + purpose + " fee of at least " + fee + " KZT paid by the applicant"
        + " through the eGov payment gateway and not used before";
    Optional<PaymentGateway.Payment> found;
    try {
      found = gateway.find(reference);
    } catch (OutsideSystemUnavailable e) {
      throw new ApiException(ProblemKind.SERVICE_UNAVAILABLE, "The eGov payment gateway does not answer, so the state fee"
          + " cannot be verified now; nothing was stored. Retry later.");
    }
    if (found.isEmpty()) {
      v.refused("paymentReference", "'" + reference + "' is not known to the eGov payment gateway (V6)", accepted);
      return Optional.empty();
    }
    PaymentGateway.Payment p = found.get();
    String usedBy = usedBy(reference).orElse(null);
    boolean usedHere = caseNumber.equals(usedBy);
    if (!p.payerIin().equals(payerIin)) {
      v.refused("paymentReference", "the payment was made by another payer (IIN " + p.payerIin() + ")", accepted);
    } else if (!purpose.name().equals(p.purpose())) {
      v.refused("paymentReference", "the payment is for " + p.purpose() + ", not " + purpose, accepted);
    } else if (p.amountKzt().compareTo(fee) < 0) {
      v.refused("paymentReference", "the payment is " + p.amountKzt() + " KZT, less than the fee " + fee + " KZT", accepted);
    } else if ((usedBy != null || p.used()) && !usedHere) {
      v.refused("paymentReference", "the payment was already used" + (usedBy == null ? "" : " (case " + usedBy + ")"), accepted);
    } else {
      return Optional.of(p.amountKzt() + " ₸, " + purpose.words() + ", ЖСН / ИИН / IIN " + p.payerIin() + ", " + reference);
    }
    return Optional.empty();
  }

  /** Records the payment as used by the case, in the caller's transaction; a race with another case is 409. */
  public void recordUse(String reference, String caseNumber, Purpose purpose) {
    if (caseNumber.equals(usedBy(reference).orElse(null))) {
      return;
    }
    try {
      jdbc.update("insert into dnr_payment_use (payment_reference, case_number, purpose, used_at) values (?, ?, ?, ?)",
          reference, caseNumber, purpose.name(), Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException e) {
      throw new ApiException(ProblemKind.CONFLICT, "The payment " + reference + " was just used by another case");
    }
  }

  private Optional<String> usedBy(String reference) {
    return jdbc.queryForList("select case_number from dnr_payment_use where payment_reference = ?", String.class, reference)
        .stream().findFirst();
  }
}
