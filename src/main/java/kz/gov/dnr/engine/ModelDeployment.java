package kz.gov.dnr.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} under stable resource names ({@code processes/<file>},
 * {@code forms/<file>}) whether the application runs from {@code spring-boot:run}, the jar or a test. With
 * duplicate filtering on changed resources only, a restart deploys nothing and a changed model makes
 * exactly one new version of that model.
 */
@Component
public class ModelDeployment {

  public static final String DEPLOYMENT_NAME = "dnr-models";
  static final List<String> PATTERNS = List.of(
      "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form");
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  public DeploymentWithDefinitions deploy(RepositoryService repositoryService) {
    return deploy(repositoryService, resources());
  }

  DeploymentWithDefinitions deploy(RepositoryService repositoryService, List<Resource> resources) {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("dnr-workflow")
        .enableDuplicateFiltering(true);
    int count = 0;
    for (Resource resource : resources) {
      String folder = resource.getFilename().endsWith(".form") ? "forms/" : "processes/";
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(folder + resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + resource, e);
      }
      count++;
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    int changed = deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size();
    LOG.info("Models: {} resources checked, deployment {} ({} process definitions new or changed)",
        count, deployment.getId(), changed);
    return deployment;
  }

  static List<Resource> resources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    return PATTERNS.stream()
        .flatMap(p -> {
          try {
            return Arrays.stream(resolver.getResources(p));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .sorted(Comparator.comparing(Resource::getFilename))
        .toList();
  }
}
