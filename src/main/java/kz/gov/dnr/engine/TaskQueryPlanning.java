package kz.gov.dnr.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the task queries officers run are planned for the officer who runs them: Tasklist's filters
 * and the engine API's task queries (the REST API's {@code /task}, a task opened by id). With authorizations on,
 * the engine grants a candidate group each of its tasks by one authorization row, and its task query joins
 * those rows with {@code RESOURCE_ID_ IN (task, process key, '*')}. Prepared once per connection and then run
 * with a generic plan, that query cannot know which permission bits it tests, guesses five rows where a group
 * has a thousand, and compares every task with every row: 80–130 ms for an officer's page at 1,000 open tasks,
 * growing with their square. Planned for the actual user, groups and bits, with the statistics {@link
 * EngineIndexes} keeps on those bits and the random-page cost of SSD storage, it looks each task's rows up in
 * the index on {@code RESOURCE_ID_}: about 20 ms, growing linearly (README "Tasklist with thousands of cases").
 *
 * <p>Only these commands are affected ({@code SET LOCAL}: until their transaction ends); the engine's own
 * statements, including the task queries it runs inside other commands, keep PostgreSQL's plan cache and
 * settings. Nothing happens on H2.
 */
@Component
public class TaskQueryPlanning extends InsideCommandPlugin {

  static final String SETTINGS = "set local plan_cache_mode = force_custom_plan; set local random_page_cost = 1.1";
  static final String RESTORE = "set local plan_cache_mode to default; set local random_page_cost to default";
  /** Tasklist's filters, and a task query run through the API (the query is its own command). */
  private static final Set<Class<?>> TASK_QUERY_COMMANDS = Set.of(ExecuteFilterListPageCmd.class,
      ExecuteFilterListCmd.class, ExecuteFilterCountCmd.class, ExecuteFilterSingleResultCmd.class, TaskQueryImpl.class);

  @Override
  protected CommandInterceptor interceptor() {
    return new PlanForTheUser();
  }

  /** Inside the command's transaction: the settings before the command runs, PostgreSQL's own after it. */
  static final class PlanForTheUser extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (!TASK_QUERY_COMMANDS.contains(command.getClass())
          || !DbSqlSessionFactory.POSTGRES.equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
        return next.execute(command);
      }
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      run(connection, SETTINGS);
      // a failure rolls the transaction back, and the SET LOCAL with it (were it caught and the transaction
      // went on, only the plans of the rest of it would differ)
      T result = next.execute(command);
      // a task query run inside a larger transaction (a delegate's, a filter's) leaves the rest of it as it was
      run(connection, RESTORE);
      return result;
    }

    private static void run(Connection connection, String sql) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new ProcessEngineException("Cannot set the task query's planning (" + sql + "): " + e.getMessage(), e);
      }
    }
  }
}
