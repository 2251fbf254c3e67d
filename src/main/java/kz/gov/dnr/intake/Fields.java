package kz.gov.dnr.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of an {@code application} JSON, or of a JSON request body, one by one, recording each fault
 * (missing, wrong type, wrong form, unknown property) instead of stopping at the first.
 */
public final class Fields {

  private final JsonNode node;
  private final Violations v;
  private final Set<String> read = new HashSet<>();

  public Fields(JsonNode node, Violations v) {
    this.node = node;
    this.v = v;
  }

  /**
   * The fields of a JSON request body. A body that is not a JSON object is a fault of its own ("body"), and its
   * fields then read as absent; no body at all is an object without fields.
   */
  public static Fields ofBody(JsonNode body, Violations v, String accepted) {
    boolean absent = body == null || body.isNull() || body.isMissingNode();
    if (!absent && !body.isObject()) {
      v.malformed("body", "is a JSON " + body.getNodeType().name().toLowerCase() + ", not an object", accepted);
    }
    return new Fields(!absent && body.isObject() ? body : JsonNodeFactory.instance.objectNode(), v);
  }

  public String text(String name, boolean required, int maxLength, Pattern pattern, String accepted) {
    read.add(name);
    JsonNode n = node.get(name);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      if (required) {
        v.malformed(name, "is required", accepted);
      }
      return null;
    }
    if (!n.isTextual()) {
      v.malformed(name, "must be a string, not " + n.getNodeType().name().toLowerCase(), accepted);
      return null;
    }
    String s = n.asText().trim();
    if (s.length() > maxLength) {
      v.malformed(name, "is " + s.length() + " characters long", accepted + " (at most " + maxLength + " characters)");
      return null;
    }
    if (pattern != null && !pattern.matcher(s).matches()) {
      v.malformed(name, "'" + abbreviate(s) + "' is not of the expected form", accepted);
      return null;
    }
    return s;
  }

  public LocalDate date(String name, boolean required) {
    String s = text(name, required, 10, null, "a date YYYY-MM-DD");
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      v.malformed(name, "'" + s + "' is not a date", "a date YYYY-MM-DD");
      return null;
    }
  }

  public Boolean bool(String name, boolean required) {
    read.add(name);
    JsonNode n = node.get(name);
    if (n == null || n.isNull()) {
      if (required) {
        v.malformed(name, "is required", "true or false");
      }
      return null;
    }
    if (!n.isBoolean()) {
      v.malformed(name, "must be a boolean, not " + n.getNodeType().name().toLowerCase(), "true or false");
      return null;
    }
    return n.asBoolean();
  }

  public String oneOf(String name, boolean required, Set<String> values) {
    String accepted = "one of " + String.join(", ", new java.util.TreeSet<>(values));
    String s = text(name, required, 40, null, accepted);
    if (s != null && !values.contains(s)) {
      v.malformed(name, "'" + abbreviate(s) + "' is not an accepted value", accepted);
      return null;
    }
    return s;
  }

  /** Properties nobody asked for: most likely a misspelt name. */
  public void rejectUnknown() {
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!read.contains(name)) {
        v.malformed(name, "is not a property of this request", "the properties listed in the API description");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
