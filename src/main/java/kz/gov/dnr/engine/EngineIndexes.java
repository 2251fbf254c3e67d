package kz.gov.dnr.engine;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for how this application reads it. Every Tasklist filter of the groups
 * orders by due date, and the overdue filters select {@code DUE_DATE_ < now}: with thousands of open tasks an
 * index on {@code ACT_RU_TASK.DUE_DATE_} lets the database read the first page in order instead of sorting
 * every task of the group. Created after the engine has created or checked its tables, on H2 and PostgreSQL
 * alike, idempotently (several nodes may start at once).
 */
@Component
public class EngineIndexes {

  static final List<String> INDEXES = List.of(
      "create index if not exists dnr_idx_task_due on ACT_RU_TASK (DUE_DATE_)");

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);
  private final JdbcTemplate jdbc;

  public EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void apply() {
    for (String statement : INDEXES) {
      try {
        jdbc.execute(statement);
      } catch (DataAccessException e) {
        // another node created it at the same moment; the index exists either way
        LOG.info("Index not created ({}): {}", statement, e.getMostSpecificCause().getMessage());
      }
    }
  }
}
