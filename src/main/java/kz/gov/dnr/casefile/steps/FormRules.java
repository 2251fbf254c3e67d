package kz.gov.dnr.casefile.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.FunctionInvocation;
import org.camunda.feel.syntaxtree.JavaFunctionInvocation;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.QualifiedFunctionInvocation;
import org.camunda.feel.syntaxtree.Ref;

/**
 * The rules a Camunda Form declares for its fields, held on the server when its task is completed. Tasklist checks
 * them in the browser, but a task completed through the engine's REST API, or from a form opened before the
 * model changed, reaches the engine unchecked; here it is held to the same rules and refused with every problem at
 * once, each naming the field by its label in the three languages ({@link FormRefused}):
 * <ul>
 * <li>{@code validate.required}: a value, not blank, a checklist with at least one item, a checkbox checked (as
 * form-js counts it);</li>
 * <li>{@code validate.minLength} and {@code maxLength} of a text;</li>
 * <li>the values a radio, select or checklist offers (the browser cannot send another; a hand-made request
 * can).</li>
 * </ul>
 * A field its FEEL condition hides ({@code conditional.hide}, given the submitted values) is not held to its rules,
 * as in the browser. The rules are read once per deployed form ({@link #of}), their conditions parsed then (parsing
 * FEEL costs more than evaluating it), and checked against the task's values; a condition is evaluated only for a
 * field at fault, once per completion however many fields it hides, and its answer is remembered for the values of
 * the fields it names ({@link Condition}); decisions' own rules (reasons, conditions, texts) stay with
 * {@link DecisionRules}.
 */
public final class FormRules {

  static final String FILL_IN = "Толтырыңыз / Заполните / Fill in: ";
  /** FEEL as form-js evaluates the conditions; they name only the form's own plain values (no engine plugins). */
  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  private final List<Field> fields;
  /** Each {@code hide} condition of the form, parsed (one that does not parse hides nothing). */
  private final Map<String, Condition> conditions = new HashMap<>();

  private FormRules(List<Field> fields) {
    this.fields = fields;
    fields.forEach(f -> f.hiddenBy().forEach(condition -> conditions.computeIfAbsent(condition, c -> {
      ParseResult parsed = FEEL.parseExpression(c.startsWith("=") ? c.substring(1) : c);
      return new Condition(parsed.isSuccess() ? parsed.parsedExpression() : null);
    })));
  }

  /** The rules of one Camunda Form (its JSON). */
  public static FormRules of(JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), List.of(), fields);
    return new FormRules(List.copyOf(fields));
  }

  /** The variables the rules read: every field's key, which is all a condition of these forms may name. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.forEach(f -> keys.add(f.key()));
    return keys;
  }

  /** Each field's label in the form, for the fields that have one. */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    fields.stream().filter(f -> f.label() != null).forEach(f -> labels.putIfAbsent(f.key(), f.label()));
    return labels;
  }

  /** What is wrong with these values, in the form's order; empty if nothing. */
  public List<String> problems(Map<String, Object> values) {
    Map<String, Object> context = new HashMap<>();
    values.forEach((k, v) -> {
      if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
        context.put(k, v);
      }
    });
    Map<String, Boolean> hidden = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Field f : fields) {
      List<String> own = problems(f, values);
      // only a field at fault asks whether it is hidden: a condition costs more than the rules it excuses from
      if (!own.isEmpty()
          && f.hiddenBy().stream().noneMatch(c -> hidden.computeIfAbsent(c, key -> conditions.get(key).hides(context)))) {
        problems.addAll(own);
      }
    }
    return problems;
  }

  /** What is wrong with one field's value, were the field shown. */
  private static List<String> problems(Field f, Map<String, Object> values) {
    Object value = "checklist".equals(f.type()) ? FormValues.list(values.get(f.key())) : values.get(f.key());
    if (f.required() && isMissing(f.type(), value)) {
      return List.of(FILL_IN + f.name());
    }
    List<String> problems = new ArrayList<>();
    if (value instanceof String text && !text.isEmpty()) {
      if (f.minLength() != null && text.length() < f.minLength()) {
        problems.add("Кемінде " + f.minLength() + " таңба / Не менее " + f.minLength() + " символов / At least "
            + f.minLength() + " characters: " + f.name());
      }
      if (f.maxLength() != null && text.length() > f.maxLength()) {
        problems.add("Ең көбі " + f.maxLength() + " таңба / Не более " + f.maxLength() + " символов / At most "
            + f.maxLength() + " characters: " + f.name() + " (" + text.length() + ")");
      }
    }
    if (!f.offered().isEmpty() && value != null) {
      List<String> chosen = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
          : List.of(String.valueOf(value));
      List<String> other = chosen.stream().filter(v -> !v.isEmpty() && !f.offered().contains(v)).toList();
      if (!other.isEmpty()) {
        problems.add("Ұсынылған мәндердің бірін таңдаңыз / Выберите одно из предложенных значений / Choose one of"
            + " the offered values: " + f.name() + " (" + String.join(", ", f.offered()) + "; not "
            + String.join(", ", other) + ")");
      }
    }
    return problems;
  }

  /**
   * A form's {@code hide} condition. FEEL of Camunda 7.24 builds its built-in functions anew for every evaluation
   * (a third of a millisecond each time, most of a completion's check), while a form's condition answers the same
   * for the same values of the fields it names: it is evaluated once for each such set of values and the answer
   * remembered (at most {@value #ANSWERS} of them; a form's conditions name its decisions, a handful of values). A
   * condition that calls a function (which may read the clock) is evaluated every time.
   */
  static final class Condition {
    static final int ANSWERS = 64;
    private final ParsedExpression parsed;
    /** The variables the condition names; null if it calls a function. */
    private final List<String> names;
    private final Map<List<Object>, Boolean> answers = new ConcurrentHashMap<>();

    Condition(ParsedExpression parsed) {
      this.parsed = parsed;
      Set<String> named = new LinkedHashSet<>();
      this.names = parsed != null && names(parsed.expression(), named) ? List.copyOf(named) : null;
    }

    /**
     * Whether the condition hides its field given these values. One that does not parse or cannot be evaluated here
     * does not excuse the field: it is held to its rules.
     */
    boolean hides(Map<String, Object> context) {
      if (parsed == null) {
        return false;
      }
      if (names == null) {
        return evaluate(context);
      }
      List<Object> values = Arrays.asList(names.stream().map(context::get).toArray());
      Boolean known = answers.get(values);
      if (known == null) {
        known = evaluate(context);
        if (answers.size() < ANSWERS) {
          answers.put(values, known);
        }
      }
      return known;
    }

    private boolean evaluate(Map<String, Object> context) {
      EvaluationResult result = FEEL.evaluate(parsed, context);
      return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    /** Adds the variables a FEEL syntax tree names; false if it invokes a function. */
    private static boolean names(Object node, Set<String> named) {
      if (node instanceof Ref ref) {
        named.add(ref.names().head());
        return true;
      }
      if (node instanceof FunctionInvocation || node instanceof QualifiedFunctionInvocation
          || node instanceof JavaFunctionInvocation) {
        return false;
      }
      // a list of nodes, or a node's parts (a scala list is both: read as a list)
      var parts = node instanceof camundajar.impl.scala.collection.Iterable<?> items ? items.iterator()
          : node instanceof camundajar.impl.scala.Product product ? product.productIterator() : null;
      while (parts != null && parts.hasNext()) {
        if (!names(parts.next(), named)) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean isMissing(String type, Object value) {
    if (value == null) {
      return true;
    }
    if ("checkbox".equals(type)) {
      return !Boolean.TRUE.equals(value) && !"true".equals(value);
    }
    return value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
  }

  private static void collect(JsonNode components, List<String> hiddenBy, List<Field> fields) {
    for (JsonNode c : components) {
      List<String> hidden = hiddenBy;
      String hide = c.path("conditional").path("hide").asText(null);
      if (hide != null && !hide.isBlank()) {
        hidden = new ArrayList<>(hiddenBy);
        hidden.add(hide);
      }
      if (c.hasNonNull("key")) {
        JsonNode validate = c.path("validate");
        List<String> offered = new ArrayList<>();
        c.path("values").forEach(v -> offered.add(v.path("value").asText()));
        fields.add(new Field(c.get("key").asText(), c.path("type").asText(), c.path("label").asText(null),
            validate.path("required").asBoolean(false), integer(validate, "minLength"),
            integer(validate, "maxLength"), List.copyOf(offered), List.copyOf(hidden)));
      }
      collect(c.path("components"), hidden, fields);
    }
  }

  private static Integer integer(JsonNode validate, String name) {
    return validate.hasNonNull(name) ? validate.get(name).asInt() : null;
  }

  private record Field(String key, String type, String label, boolean required, Integer minLength, Integer maxLength,
      List<String> offered, List<String> hiddenBy) {

    /** What the officer knows the field by: its label, else its key. */
    String name() {
      return label != null ? label : key;
    }
  }
}
