package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.support.DnrSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** Stable deployment: a restart deploys nothing; a changed model makes exactly one new version. */
@DnrSpringTest
class ModelDeploymentTest {

  @Autowired
  RepositoryService repository;
  @Autowired
  ModelDeployment models;

  @Test
  void modelsAreDeployedUnderStableNamesIndependentOfTheClasspathLocation() {
    Deployment first = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
        .orderByDeploymentTime().asc().list().get(0);
    List<String> names = repository.getDeploymentResources(first.getId()).stream().map(Resource::getName).toList();
    assertThat(names).contains("processes/dnr-escalation.bpmn", "forms/review-breach.form")
        .allMatch(n -> n.matches("(processes|forms)/[a-z0-9-]+\\.(bpmn|dmn|form)"));
  }

  @Test
  void deployingUnchangedModelsAgainMakesNoNewDeploymentOrVersion() {
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();
    models.deploy(repository);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void aChangedModelMakesExactlyOneNewVersionOfThatModel() throws IOException {
    List<org.springframework.core.io.Resource> original = ModelDeployment.resources();
    List<org.springframework.core.io.Resource> changed = new ArrayList<>();
    for (org.springframework.core.io.Resource r : original) {
      if ("dnr-escalation.bpmn".equals(r.getFilename())) {
        String xml = r.getContentAsString(StandardCharsets.UTF_8)
            .replace("Breach reviewed / Нарушение рассмотрено", "Breach reviewed / Нарушение рассмотрено (edited)");
        changed.add(named(r.getFilename(), xml));
      } else {
        changed.add(r);
      }
    }
    long definitions = repository.createProcessDefinitionQuery().count();
    int version = repository.createProcessDefinitionQuery().processDefinitionKey("dnr-escalation").latestVersion()
        .singleResult().getVersion();
    try {
      models.deploy(repository, changed);
      assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions + 1);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dnr-escalation").latestVersion()
          .singleResult().getVersion()).isEqualTo(version + 1);
    } finally {
      models.deploy(repository, original); // the next tests run the model as shipped
    }
  }

  private static org.springframework.core.io.Resource named(String fileName, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
  }
}
