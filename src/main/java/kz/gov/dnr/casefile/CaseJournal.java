package kz.gov.dnr.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The case journal (R0.4 audit trail): every decision, deadline breach and outside answer, who and when.
 * Written in the transaction of the step that decides, so the journal never claims a decision that rolled
 * back. Summaries carry decisions and reasons, never identity data.
 */
@Repository
public class CaseJournal {

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
