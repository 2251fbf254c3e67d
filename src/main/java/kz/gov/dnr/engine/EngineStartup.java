package kz.gov.dnr.engine;

import kz.gov.dnr.security.IdentitySetup;
import kz.gov.dnr.security.TasklistFilters;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Runs once the engine is built, before the job executor and the web layer start: deploys the models,
 * then applies identity, authorizations and Tasklist filters.
 */
@Component
public class EngineStartup extends AbstractProcessEnginePlugin {

  private final ModelDeployment models;
  private final IdentitySetup identity;
  private final TasklistFilters filters;

  public EngineStartup(ModelDeployment models, IdentitySetup identity, TasklistFilters filters) {
    this.models = models;
    this.identity = identity;
    this.filters = filters;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    models.deploy(engine.getRepositoryService());
    identity.apply(engine);
    filters.apply(engine);
  }
}
