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

  /**
   * A JSON variable of a delegate's or listener's scope as this type. Read as the JSON text the database holds
   * ({@code deserializeValue=false}): Spin would otherwise parse it into a tree first, only for it to be parsed again.
   */
  public static <T> T read(VariableScope scope, String name, Class<T> type) {
    return parse(scope.getVariableTyped(name, false), name, MAPPER.constructType(type));
  }

  public static <T> List<T> readList(VariableScope scope, String name, Class<T> element) {
    List<T> list = parse(scope.getVariableTyped(name, false), name,
        MAPPER.getTypeFactory().constructCollectionType(List.class, element));
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
    String json = text(value);
    if (json == null) {
      return null;
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable " + name + " is not the expected JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A variable's value as JSON text, or null for none: a JSON value's text as stored (read with or without
   * deserialising it), any other value as a string.
   */
  public static String text(TypedValue value) {
    if (value instanceof JsonValue j) {
      return j.getValueSerialized() != null || !j.isDeserialized() ? j.getValueSerialized()
          : j.getValue() == null ? null : j.getValue().toString();
    }
    return value == null || value.getValue() == null ? null : value.getValue().toString();
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
