package kz.gov.dnr.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form (form-js) as Tasklist renders it, filled the way an officer does: field after field from
 * top to bottom, clicking radios, ticking checkboxes, picking from drop-downs and typing dates. The
 * definition is read from {@code forms/<id>.form}, so a field is found by its key like the engine does.
 */
final class CamundaForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** A field of the form: its key, component id, type and, for choices, its values in order. */
  record Field(String key, String id, String type, List<String> values, List<String> labels) {
  }

  private final String id;
  private final Map<String, Field> fields;

  private CamundaForm(String id, Map<String, Field> fields) {
    this.id = id;
    this.fields = fields;
  }

  static CamundaForm load(String formId) {
    try (InputStream in = CamundaForm.class.getResourceAsStream("/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("No form forms/" + formId + ".form on the classpath");
      }
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(JSON.readTree(in).get("components"), fields);
      return new CamundaForm(formId, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, Map<String, Field> into) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        c.path("values").forEach(v -> {
          values.add(v.get("value").asText());
          labels.add(v.get("label").asText());
        });
        into.put(c.get("key").asText(), new Field(c.get("key").asText(), c.get("id").asText(), c.get("type").asText(),
            values, labels));
      }
      if (c.has("components")) {
        collect(c.get("components"), into);
      }
    }
  }

  /** Fills the given values into the rendered form, in the form's order; a key the form lacks is an error. */
  void fill(WebDriver driver, Map<String, Object> values) {
    for (String key : values.keySet()) {
      if (!fields.containsKey(key)) {
        throw new AssertionError("Form " + id + " has no field " + key + "; it has " + fields.keySet());
      }
    }
    WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
    for (Field f : fields.values()) {
      if (!values.containsKey(f.key())) {
        continue;
      }
      Object value = values.get(f.key());
      switch (f.type()) {
        case "textfield", "textarea", "number" -> {
          WebElement input = wait.until(ExpectedConditions.elementToBeClickable(input(f.id())));
          Webapps.click(driver, input);
          input.clear();
          input.sendKeys(String.valueOf(value));
        }
        case "checkbox" -> {
          WebElement box = wait.until(ExpectedConditions.elementToBeClickable(input(f.id())));
          if (box.isSelected() != Boolean.TRUE.equals(value)) {
            Webapps.click(driver, box);
          }
        }
        case "radio" -> Webapps.click(driver,
            wait.until(ExpectedConditions.elementToBeClickable(input(f.id() + "-" + index(f, value)))));
        case "checklist" -> {
          for (Object one : (Collection<?>) value) {
            WebElement box = wait.until(ExpectedConditions.elementToBeClickable(input(f.id() + "-" + index(f, one))));
            if (!box.isSelected()) {
              Webapps.click(driver, box);
            }
          }
        }
        case "select" -> {
          Webapps.click(driver, wait.until(ExpectedConditions.elementToBeClickable(input(f.id() + "-display"))));
          String label = f.labels().get(index(f, value));
          Webapps.click(driver, wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
              "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space()=" + xpathLiteral(label) + "]"))));
        }
        case "datetime" -> {
          LocalDateTime at = LocalDateTime.parse(String.valueOf(value));
          WebElement date = wait.until(ExpectedConditions.elementToBeClickable(input(f.id() + "-date")));
          Webapps.click(driver, date);
          date.sendKeys(DATE.format(at), Keys.ENTER);
          WebElement time = wait.until(ExpectedConditions.elementToBeClickable(input(f.id() + "-time")));
          Webapps.click(driver, time);
          time.sendKeys(TIME.format(at), Keys.TAB);
        }
        default -> throw new AssertionError("Form " + id + ": no way to fill a " + f.type() + " (" + f.key() + ")");
      }
    }
  }

  private static int index(Field f, Object value) {
    int i = f.values().indexOf(String.valueOf(value));
    if (i < 0) {
      throw new AssertionError(f.key() + " offers " + f.values() + ", not " + value);
    }
    return i;
  }

  /** form-js gives every input the id {@code fjs-form-<instance>-<component id>[-suffix]}. */
  private static By input(String componentIdAndSuffix) {
    return By.cssSelector("[id$='-" + componentIdAndSuffix + "']");
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
