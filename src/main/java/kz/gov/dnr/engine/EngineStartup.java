package kz.gov.dnr.engine;

import kz.gov.dnr.security.IdentitySetup;
import kz.gov.dnr.security.TasklistFilters;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs once the engine is built, before the job executor and the web layer start: checks the settings that
 * have no default outside the demo profile, adds the indexes the engine's schema lacks, deploys the models,
 * then applies identity, authorizations and Tasklist filters.
 */
@Component
public class EngineStartup extends AbstractProcessEnginePlugin {

  private final ModelDeployment models;
  private final IdentitySetup identity;
  private final TasklistFilters filters;
  private final EngineIndexes indexes;
  private final RequiredSettings settings;

  public EngineStartup(ModelDeployment models, IdentitySetup identity, TasklistFilters filters, EngineIndexes indexes,
      RequiredSettings settings) {
    this.models = models;
    this.identity = identity;
    this.filters = filters;
    this.indexes = indexes;
    this.settings = settings;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    settings.check();
    indexes.apply(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
    models.deploy(engine.getRepositoryService());
    identity.apply(engine);
    filters.apply(engine);
  }
}
