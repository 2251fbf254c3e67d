package kz.gov.dnr.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.ProblemKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's register of cases: case numbers, one live case per person (V12), and the 1-year bars
 * (B1–B3, checked by V10). Runs in the caller's transaction, which is the engine's where a process step
 * calls it, so a case, its first process instance and its live-case lock commit or roll back together.
 */
@Repository
public class CaseRegistry {

  private static final String NEXT = "update dnr_case_counter set last_value = last_value + 1 where counter_year = ?";
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public CaseRegistry(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** {@code DNR-<year>-<6 digits>}, counted per year; the counter row is locked until the transaction ends. */
  public String nextCaseNumber(int year) {
    if (jdbc.update(NEXT, year) == 0
        && !insertUnlessDuplicate("insert into dnr_case_counter (counter_year, last_value) values (?, 1)", year)) {
      jdbc.update(NEXT, year); // another request made the year's row first
    }
    Integer n = jdbc.queryForObject("select last_value from dnr_case_counter where counter_year = ?", Integer.class, year);
    return String.format("DNR-%d-%06d", year, n);
  }

  /**
   * Opens a case and takes the person's live-case lock by IIN and passport.
   *
   * @throws LiveCaseExists when the person already has a live case (V12)
   */
  public void open(String caseNumber, String iin, String passportNumber, String city) {
    // The person's locks first: a refused case leaves no row behind (the caller's transaction undoes the rest).
    lock(caseNumber, "IIN", iin);
    lock(caseNumber, "PASSPORT", passportNumber);
    jdbc.update("insert into dnr_case (case_number, iin, passport_number, city, opened_at) values (?, ?, ?, ?, ?)",
        caseNumber, iin, passportNumber, city, Timestamp.from(clock.instant()));
  }

  private void lock(String caseNumber, String kind, String value) {
    if (!insertUnlessDuplicate("insert into dnr_live_identity (identity_kind, identity_value, case_number)"
        + " values (?, ?, ?)", kind, value, caseNumber)) {
      throw new LiveCaseExists(kind, liveCase(kind, value).orElse("?"));
    }
  }

  /**
   * Inserts a row unless its key exists. Under a savepoint: PostgreSQL aborts the whole transaction on a
   * duplicate key, so without one the caller's next statement (the counter's update, the query naming the live
   * case) failed there, and the request with it, where H2 carried on.
   */
  private boolean insertUnlessDuplicate(String sql, Object... args) {
    try {
      savepoint.executeWithoutResult(s -> jdbc.update(sql, args));
      return true;
    } catch (DuplicateKeyException duplicate) {
      return false;
    }
  }

  /** The passport changed at a later application: move the live-case lock to the new number. */
  public void changePassport(String caseNumber, String passportNumber) {
    Optional<CaseRecord> c = find(caseNumber);
    if (c.isEmpty() || c.get().passportNumber().equals(passportNumber)) {
      return;
    }
    jdbc.update("delete from dnr_live_identity where case_number = ? and identity_kind = 'PASSPORT'", caseNumber);
    lock(caseNumber, "PASSPORT", passportNumber);
    jdbc.update("update dnr_case set passport_number = ? where case_number = ?", passportNumber, caseNumber);
  }

  /** Closes a case with its outcome and releases the person's live-case lock. */
  public void close(String caseNumber, CaseOutcome outcome) {
    jdbc.update("update dnr_case set closed_at = ?, outcome = ? where case_number = ? and closed_at is null",
        Timestamp.from(clock.instant()), outcome.name(), caseNumber);
    jdbc.update("delete from dnr_live_identity where case_number = ?", caseNumber);
  }

  public Optional<CaseRecord> find(String caseNumber) {
    return jdbc.query("select case_number, iin, passport_number, city, opened_at, closed_at, outcome from dnr_case"
        + " where case_number = ?", (rs, n) -> new CaseRecord(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getTimestamp(5).toInstant(),
        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)), caseNumber)
        .stream().findFirst();
  }

  /**
   * The case with this number; a number that is unknown is a 404 problem, and so is one that is malformed (no
   * such resource), whose problem also says what a case number looks like.
   */
  public CaseRecord require(String caseNumber) {
    if (!CaseAccess.CASE_NUMBER.matcher(caseNumber).matches()) {
      throw new ApiException(ProblemKind.NOT_FOUND, "No case " + caseNumber + " is known: a case number is"
          + " DNR-<year>-<6 digits>, e.g. DNR-2026-000042");
    }
    return find(caseNumber).orElseThrow(() -> ApiException.notFound(caseNumber));
  }

  public Optional<String> liveCase(String kind, String value) {
    return jdbc.queryForList("select case_number from dnr_live_identity where identity_kind = ? and identity_value = ?",
        String.class, kind, value).stream().findFirst();
  }

  public void recordBar(String caseNumber, String kind, String iin, String passportNumber, LocalDate decidedOn,
      LocalDate applicableFrom) {
    jdbc.update("insert into dnr_bar (case_number, bar_kind, iin, passport_number, decided_on, applicable_from,"
        + " created_at) values (?, ?, ?, ?, ?, ?, ?)", caseNumber, kind, iin, passportNumber, decidedOn,
        applicableFrom, Timestamp.from(clock.instant()));
  }

  /** The bar still in force on {@code day} for this IIN or passport, the one ending last. */
  public Optional<Bar> barInForce(String iin, String passportNumber, LocalDate day) {
    List<Bar> bars = jdbc.query("select case_number, bar_kind, iin, passport_number, decided_on, applicable_from"
        + " from dnr_bar where (iin = ? or passport_number = ?) and applicable_from > ? order by applicable_from desc",
        (rs, n) -> new Bar(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)), iin, passportNumber, day);
    return bars.stream().findFirst();
  }

  /** V12: the person already has a live case. */
  public static class LiveCaseExists extends RuntimeException {
    private final String kind;
    private final String caseNumber;

    public LiveCaseExists(String kind, String caseNumber) {
      super("A live case " + caseNumber + " exists for the same " + ("IIN".equals(kind) ? "IIN" : "passport"));
      this.kind = kind;
      this.caseNumber = caseNumber;
    }

    public String kind() {
      return kind;
    }

    public String caseNumber() {
      return caseNumber;
    }
  }
}
