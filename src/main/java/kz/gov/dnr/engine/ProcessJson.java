package kz.gov.dnr.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Structured process variables as JSON ({@code Json} type): no Java class names in the database, and
 * Tasklist hands them to Camunda Forms as objects, so a form can show {@code {{applicant.surname}}} or loop
 * over a list.
 */
public final class ProcessJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ProcessJson() {
  }

  public static JsonValue of(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not serialisable as JSON: " + value.getClass(), e);
    }
  }

  public static <T> T read(VariableScope scope, String name, Class<T> type) {
    return parse(scope.getVariableTyped(name), name, MAPPER.constructType(type));
  }

  public static <T> List<T> readList(VariableScope scope, String name, Class<T> element) {
    List<T> list = parse(scope.getVariableTyped(name), name, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
    return list == null ? List.of() : list;
  }

  /** A JSON variable's value read through the services (outside a delegate). */
  public static <T> T value(TypedValue value, Class<T> type) {
    return parse(value, "variable", MAPPER.constructType(type));
  }

  public static <T> List<T> list(TypedValue value, Class<T> element) {
    List<T> list = parse(value, "variable", MAPPER.getTypeFactory().constructCollectionType(List.class, element));
    return list == null ? List.of() : list;
  }

  /** Reads a JSON variable's value (as the engine or the REST API holds it). */
  public static <T> T parse(TypedValue value, String name, JavaType type) {
    if (value == null || value.getValue() == null) {
      return null;
    }
    String json = value instanceof JsonValue j ? j.getValueSerialized() != null ? j.getValueSerialized()
        : j.getValue().toString() : value.getValue().toString();
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable " + name + " is not the expected JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
