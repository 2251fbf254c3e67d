package kz.gov.dnr.engine;

import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reads the {@code camunda:properties} of a model element: settings an analyst sees and edits in Modeler
 * (a deadline's id, an end's outcome, a decision's variables), instead of values hidden in code. A property
 * whose value is blank counts as absent: Modeler's template fields (processes/.camunda/element-templates) may
 * leave an emptied field behind as {@code value=""}.
 */
public final class ModelProperties {

  private ModelProperties() {
  }

  public static Optional<String> get(BaseElement element, String name) {
    if (element == null) {
      return Optional.empty();
    }
    ExtensionElements ext = element.getExtensionElements();
    if (ext == null) {
      return Optional.empty();
    }
    Collection<CamundaProperties> all = ext.getChildElementsByType(CamundaProperties.class);
    return all.stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .filter(v -> v != null && !v.isBlank()).findFirst();
  }

  public static String require(BaseElement element, String name) {
    return get(element, name).orElseThrow(() -> new IllegalStateException("Model element "
        + (element == null ? "?" : element.getId()) + " lacks the camunda:property '" + name + "'"));
  }
}
