package kz.gov.dnr.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A plugin that puts one interceptor around every command, inside its command context and transaction (after
 * any the configuration already has): it sees the command, its database session and its exceptions before the
 * command context logs and rethrows them.
 */
public abstract class InsideCommandPlugin extends AbstractProcessEnginePlugin {

  protected abstract CommandInterceptor interceptor();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
