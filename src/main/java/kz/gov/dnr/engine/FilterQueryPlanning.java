package kz.gov.dnr.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * On PostgreSQL, Tasklist's filter queries are planned for the officer who runs them. With authorizations on,
 * the engine grants a candidate group each of its tasks by one authorization row, and its task query joins
 * those rows with {@code RESOURCE_ID_ IN (task, process key, '*')}. Prepared once per connection and then run
 * with a generic plan, that query cannot know which permission bits it tests, guesses five rows where a group
 * has a thousand, and compares every task with every row: 80–130 ms for an officer's page at 1,000 open tasks,
 * growing with their square. Planned for the actual user, groups and bits, with the statistics {@link
 * EngineIndexes} keeps on those bits and the random-page cost of SSD storage, it looks each task's rows up in
 * the index on {@code RESOURCE_ID_}: about 20 ms, growing linearly (README "Tasklist with thousands of cases").
 *
 * <p>Only the filter commands are affected ({@code SET LOCAL}: until their transaction ends); the engine's
 * other statements keep PostgreSQL's plan cache and settings. Nothing happens on H2.
 */
@Component
public class FilterQueryPlanning extends AbstractProcessEnginePlugin {

  static final String SETTINGS = "set local plan_cache_mode = force_custom_plan; set local random_page_cost = 1.1";
  private static final Set<Class<?>> FILTER_COMMANDS = Set.of(ExecuteFilterListPageCmd.class, ExecuteFilterListCmd.class,
      ExecuteFilterCountCmd.class, ExecuteFilterSingleResultCmd.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new PlanForTheUser());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Inside the command's transaction, before the command runs. */
  static final class PlanForTheUser extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (FILTER_COMMANDS.contains(command.getClass())
          && DbSqlSessionFactory.POSTGRES.equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (Statement statement = connection.createStatement()) {
          statement.execute(SETTINGS);
        } catch (SQLException e) {
          throw new ProcessEngineException("Cannot prepare the filter query's planning: " + e.getMessage(), e);
        }
      }
      return next.execute(command);
    }
  }
}
