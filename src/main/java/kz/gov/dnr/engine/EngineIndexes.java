package kz.gov.dnr.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes and statistics the engine's schema lacks for how this application reads it, created after the engine
 * has created or checked its tables, idempotently (several nodes may start at once).
 *
 * <p>Every Tasklist filter of the groups orders by due date, and the overdue filters select
 * {@code DUE_DATE_ < now}: with thousands of open tasks an index on {@code ACT_RU_TASK.DUE_DATE_} lets the
 * database read the first page in order instead of sorting every task of the group (H2 and PostgreSQL).
 *
 * <p>On PostgreSQL, statistics on the permission bits the task query tests ({@code PERMS_ & 2}, read a task;
 * {@code PERMS_ & 64}, read the tasks of a process definition). Without them the planner guesses that five of
 * a group's authorization rows pass, where a thousand do (the engine grants each candidate group each of its
 * tasks by one row). With them, the task queries officers run, planned for their user ({@link TaskQueryPlanning}),
 * look each task's rows up by index instead of comparing every task with every row.
 */
@Component
public class EngineIndexes {

  static final List<String> INDEXES = List.of(
      "create index if not exists dnr_idx_task_due on ACT_RU_TASK (DUE_DATE_)");
  static final String AUTH_STATISTICS = "dnr_auth_perms";
  /** Expression statistics exist from PostgreSQL 14. */
  static final int POSTGRES_WITH_EXPRESSION_STATISTICS = 140000;

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);
  private final JdbcTemplate jdbc;

  public EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Applies what {@code databaseType} (the engine's name for it) supports. */
  public void apply(String databaseType) {
    for (String statement : INDEXES) {
      execute(statement);
    }
    if (DbSqlSessionFactory.POSTGRES.equals(databaseType)) {
      authorizationStatistics();
    }
  }

  private void authorizationStatistics() {
    Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
    if (version == null || version < POSTGRES_WITH_EXPRESSION_STATISTICS) {
      LOG.warn("PostgreSQL {} has no expression statistics (14 or later has): officers' Tasklist pages slow down"
          + " with the square of their group's open tasks", version);
      return;
    }
    Integer present = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        AUTH_STATISTICS);
    if (present != null && present > 0) {
      return;
    }
    if (execute("create statistics if not exists " + AUTH_STATISTICS + " on (perms_ & 2), (perms_ & 64)"
        + " from act_ru_authorization")) {
      // effective at once rather than at autovacuum's next analyze
      execute("analyze act_ru_authorization");
    }
  }

  private boolean execute(String statement) {
    try {
      jdbc.execute(statement);
      return true;
    } catch (DataAccessException e) {
      // another node created it at the same moment; it exists either way
      LOG.info("Not applied ({}): {}", statement, e.getMostSpecificCause().getMessage());
      return false;
    }
  }
}
