package kz.gov.dnr.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the application's own tables in step with the engine's history cleanup: a case closed longer ago
 * than {@code dnr.retention.closed-case-days} (default 1825, the models' {@code historyTimeToLive}) loses its
 * files, messages, journal, bars and its row, as the engine removes its process history; answers kept for
 * {@code Idempotency-Key} retries go after {@code dnr.retention.idempotency-days}. Runs nightly inside the
 * engine's cleanup window, one case per transaction; several nodes may run it at once (deleting twice deletes
 * nothing). Payments marked used (V6) are kept: they hold no personal data and must never be accepted again.
 */
@Component
public class CaseRetention {

  private static final Logger LOG = LoggerFactory.getLogger(CaseRetention.class);
  private static final int BATCH = 200;
  private static final List<String> CASE_TABLES = List.of("dnr_document", "dnr_notification", "dnr_case_event",
      "dnr_bar", "dnr_live_identity", "dnr_case");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Properties properties;

  public CaseRetention(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, Properties properties) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
  }

  /** {@code dnr.retention.*}. */
  @ConfigurationProperties("dnr.retention")
  public record Properties(@DefaultValue("1825") int closedCaseDays, @DefaultValue("30") int idempotencyDays) {
  }

  @Scheduled(cron = "${dnr.retention.cron:0 30 22 * * *}", zone = "Asia/Almaty")
  void nightly() {
    purge(clock.instant());
  }

  /** Removes what is past its retention at {@code now}; returns the number of cases removed. */
  public int purge(Instant now) {
    Timestamp closedBefore = Timestamp.from(now.minus(Duration.ofDays(properties.closedCaseDays())));
    int removed = 0;
    List<String> cases;
    do {
      cases = jdbc.queryForList("select case_number from dnr_case where closed_at < ? order by closed_at fetch first "
          + BATCH + " rows only", String.class, closedBefore);
      for (String caseNumber : cases) {
        transactions.executeWithoutResult(status -> CASE_TABLES.forEach(table ->
            jdbc.update("delete from " + table + " where case_number = ?", caseNumber)));
        removed++;
      }
    } while (cases.size() == BATCH);
    int answers = jdbc.update("delete from dnr_idempotency where created_at < ?",
        Timestamp.from(now.minus(Duration.ofDays(properties.idempotencyDays()))));
    if (removed > 0 || answers > 0) {
      LOG.info("Retention: removed {} cases closed before {} and {} stored idempotent answers", removed, closedBefore,
          answers);
    }
    return removed;
  }
}
