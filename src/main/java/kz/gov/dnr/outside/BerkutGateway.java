package kz.gov.dnr.outside;

import java.time.LocalDate;
import java.util.List;

/**
 * Berkut (Бүркіт), the unified system for foreigners' entry, exit and stay: the NSC's approval (§14–§15)
 * and state-border crossings (§22). The NSC answers later through {@code POST /api/v1/cases/{n}/nsc-decision}.
 */
public interface BerkutGateway {

  /** Sends the case for NSC approval; returns Berkut's request reference. */
  String requestNscApproval(String caseNumber, String iin, String passportNumber, String citizenship);

  /** Reminds the NSC of a request past its 25 days (D4). */
  void remindNsc(String caseNumber, String requestReference);

  List<BorderCrossing> borderCrossings(String iin, String passportNumber);

  /** One crossing of the state border; {@code direction} is {@code ENTRY} or {@code EXIT}. */
  record BorderCrossing(LocalDate date, String checkpoint, String direction) {

    public boolean isEntry() {
      return "ENTRY".equals(direction);
    }

    /** The direction as officers read it (Kazakh / Russian / English); one Berkut names otherwise is kept as it is. */
    public String directionInWords() {
      return switch (direction == null ? "" : direction) {
        case "ENTRY" -> "кіру / въезд / entry";
        case "EXIT" -> "шығу / выезд / exit";
        default -> direction;
      };
    }
  }
}
