package kz.gov.dnr.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The case journal (R0.4 audit trail): every decision, deadline breach and outside answer, who and when.
 * Written in the transaction of the step that decides, so the journal never claims a decision that rolled
 * back. Summaries carry decisions and reasons, never identity data.
 */
@Repository
public class CaseJournal {

  /** R13.1, R22.1: the special and criminal record checks in the integrated data bank. */
  public static final String RECORD_CHECKS = "RECORD_CHECKS";
  /** R14.1: the case sent to Berkut for the NSC's approval. */
  public static final String NSC_REQUESTED = "NSC_REQUESTED";
  /** R15.1: the NSC's answer. */
  public static final String NSC_DECISION = "NSC_DECISION";
  /** D4: the NSC reminded through Berkut. */
  public static final String NSC_REMINDED = "NSC_REMINDED";
  /**
   * The security checks' entries: R0.4, read only by those who work or oversee them (the migration service,
   * supervisors, administrators), not by the portals or the other officer groups ({@code CaseAccess}).
   */
  public static final Set<String> SECURITY_CHECKS = Set.of(RECORD_CHECKS, NSC_REQUESTED, NSC_DECISION, NSC_REMINDED);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public CaseJournal(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One entry. */
  public record Entry(Instant at, String kind, String actor, String summary) {
  }

  public void record(String caseNumber, String kind, String actor, String summary) {
    jdbc.update("insert into dnr_case_event (case_number, occurred_at, event_kind, actor, summary) values (?, ?, ?, ?, ?)",
        caseNumber, Timestamp.from(clock.instant()), kind, actor,
        summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary);
  }

  public List<Entry> entries(String caseNumber) {
    return jdbc.query("select occurred_at, event_kind, actor, summary from dnr_case_event where case_number = ?"
        + " order by occurred_at, id", (rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2),
        rs.getString(3), rs.getString(4)), caseNumber);
  }

  public boolean has(String caseNumber, String kind) {
    Integer n = jdbc.queryForObject("select count(*) from dnr_case_event where case_number = ? and event_kind = ?",
        Integer.class, caseNumber, kind);
    return n != null && n > 0;
  }
}
