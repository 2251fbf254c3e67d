package kz.gov.dnr.casefile.steps;

import com.fasterxml.jackson.databind.JavaType;
import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.casefile.RefusalReason;
import kz.gov.dnr.engine.ProcessJson;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** What Camunda Forms submit, read the same whether it came as JSON (a checklist) or as a plain value. */
public final class FormValues {

  private FormValues() {
  }

  /** A checklist's values: a JSON array from Tasklist, a list from Java, or one string. */
  public static List<String> strings(VariableScope scope, String name) {
    TypedValue v = scope.getVariableTyped(name);
    if (v == null || v.getValue() == null) {
      return List.of();
    }
    if (v.getValue() instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    if (v.getValue() instanceof String s && !s.trim().startsWith("[")) {
      return s.isBlank() ? List.of() : List.of(s);
    }
    JavaType type = ProcessJson.mapper().getTypeFactory().constructCollectionType(List.class, String.class);
    List<String> list = ProcessJson.parse(v, name, type);
    return list == null ? List.of() : list;
  }

  /**
   * A checklist's value as {@link FormRules} reads it: a list as it is, a string holding a JSON array as its
   * items; anything else unchanged (and then not one of the offered values).
   */
  static Object list(Object value) {
    if (value instanceof String s && s.trim().startsWith("[")) {
      try {
        return ProcessJson.mapper().readValue(s, List.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return value;
      }
    }
    return value;
  }

  public static String text(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString().trim();
  }

  /** The refusal reasons an officer picked, in three languages, followed by their explanation if any. */
  public static List<String> reasons(VariableScope scope, String reasonsVariable, String commentVariable) {
    List<String> reasons = new ArrayList<>(strings(scope, reasonsVariable).stream()
        .map(r -> RefusalReason.byName(r).map(RefusalReason::text).orElse(r)).toList());
    String comment = text(scope, commentVariable);
    if (comment != null && !comment.isBlank()) {
      reasons.add(comment);
    }
    return reasons;
  }
}
