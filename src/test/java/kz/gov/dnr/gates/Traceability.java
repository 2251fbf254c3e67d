package kz.gov.dnr.gates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Who cites which requirement ID: the BPMN elements (in their documentation), the application's code and
 * the tests (in comments, strings and test-method names such as {@code r12_3ReturnedApplicationIsDeleted}
 * or {@code d6ApprovalIsAnnulled}). Renders the table of {@code docs/TRACEABILITY.md}.
 *
 * <p>A citation is explicit: {@code R12.1–R19.2} cites R12.1 and R19.2, not what lies between.
 */
final class Traceability {

  static final Path REQUIREMENTS = Path.of("docs", "requirements.tsv");
  static final Path TABLE = Path.of("docs", "TRACEABILITY.md");
  static final Path GATES = Path.of("src", "test", "java", "kz", "gov", "dnr", "gates");
  /** An ID in prose: R12.3, RA.1, D4, B2, V10. */
  static final Pattern IN_TEXT = Pattern.compile("(?<![\\w.])(R\\d+\\.\\d+|RA\\.\\d+|[DBV]\\d{1,2})(?![\\w]|\\.\\d)");
  /** An ID as a token of a camel-case method name: r12_3, R19_4, ra_1, d6, V10. */
  static final Pattern IN_NAME = Pattern.compile("(?i)(r\\d+_\\d+|ra_\\d+|[dbv]\\d{1,2})");
  private static final Pattern METHOD = Pattern.compile(
      "^\\s+(?:(?:public|protected|private|static|final|synchronized|abstract|default)\\s+)*(?:<[^>]+>\\s+)?"
          + "\\w[\\w.<>\\[\\]?, ]*?\\s+(\\w+)\\s*\\(");
  private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "return", "new",
      "throw", "else", "synchronized", "try");
  private static final Pattern TEST_ANNOTATION = Pattern.compile("^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b");

  /** One requirement of the catalogue. */
  record Requirement(String id, String paragraph, String text) {
  }

  /** Where an ID is cited: the citing places, each as a readable reference. */
  record Citations(Map<String, Set<String>> bpmn, Map<String, Set<String>> code, Map<String, Set<String>> tests) {
    Set<String> all() {
      Set<String> ids = new TreeSet<>(bpmn.keySet());
      ids.addAll(code.keySet());
      ids.addAll(tests.keySet());
      return ids;
    }
  }

  private Traceability() {
  }

  static List<Requirement> requirements() throws IOException {
    List<Requirement> list = new ArrayList<>();
    for (String line : Files.readAllLines(REQUIREMENTS, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 3);
      if (f.length != 3) {
        throw new IllegalStateException(REQUIREMENTS + ": not id<TAB>paragraph<TAB>text: " + line);
      }
      list.add(new Requirement(f[0], f[1], f[2]));
    }
    return list;
  }

  static Citations scan() throws IOException {
    return new Citations(bpmn(Path.of("processes")), java(Path.of("src", "main", "java"), false),
        java(Path.of("src", "test", "java"), true));
  }

  /** Process key › element id (English name) for every element whose documentation cites an ID. */
  static Map<String, Set<String>> bpmn(Path dir) throws IOException {
    Map<String, Set<String>> cited = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Documentation doc : model.getModelElementsByType(Documentation.class)) {
          ModelElementInstance owner = doc.getParentElement();
          String where = describe(owner);
          Matcher m = IN_TEXT.matcher(doc.getTextContent());
          while (m.find()) {
            cited.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(where);
          }
        }
      }
    }
    return cited;
  }

  private static String describe(ModelElementInstance element) {
    String id = element instanceof BaseElement b ? b.getId() : element.getElementType().getTypeName();
    String name = element.getAttributeValue("name");
    String english = name == null ? "" : " (" + english(name) + ")";
    ModelElementInstance e = element;
    while (e != null && !(e instanceof Process)) {
      e = e.getParentElement();
    }
    String process = e == null ? "?" : ((Process) e).getId();
    return element instanceof Process ? "`" + process + "`" + english : "`" + process + "` › `" + id + "`" + english;
  }

  /** Names read "Kazakh / Russian / English" or, in the model only, "English / Russian". */
  static String english(String name) {
    String[] parts = name.split(" / ");
    return (parts.length >= 3 ? parts[parts.length - 1] : parts[0]).replaceAll("\\s+", " ").trim();
  }

  /** For the code: class names; for tests: Class.method where the citation sits at a test method. */
  static Map<String, Set<String>> java(Path root, boolean tests) throws IOException {
    Map<String, Set<String>> cited = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      // The gates' own sources name IDs as examples: they prove nothing of the order.
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(GATES)).sorted().toList()) {
        String cls = file.getFileName().toString().replace(".java", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Set<String> ids = new TreeSet<>();
          Matcher m = IN_TEXT.matcher(lines.get(i));
          while (m.find()) {
            ids.add(m.group(1));
          }
          Matcher decl = METHOD.matcher(lines.get(i));
          if (decl.find() && !NOT_METHODS.contains(decl.group(1))) {
            ids.addAll(idsInName(decl.group(1)));
          }
          for (String id : ids) {
            String where = tests ? testAt(lines, i).map(t -> cls + "." + t).orElse(cls) : cls;
            cited.computeIfAbsent(id, k -> new TreeSet<>()).add(where);
          }
        }
      }
    }
    return cited;
  }

  /** The IDs a camel-case name carries as tokens: r12_1ToR19_2… gives R12.1 and R19.2. */
  static Set<String> idsInName(String name) {
    Set<String> ids = new TreeSet<>();
    for (String token : name.split("(?<=[a-z0-9])(?=[A-Z])")) {
      if (IN_NAME.matcher(token).matches()) {
        ids.add(token.toUpperCase().replace('_', '.'));
      }
    }
    return ids;
  }

  /**
   * The test method a line belongs to: the method declared on it, the one it documents (only comments,
   * annotations and blank lines down to the declaration), or the one whose body it is in.
   */
  static java.util.Optional<String> testAt(List<String> lines, int line) {
    for (int i = line; i < lines.size(); i++) {
      String l = lines.get(i).trim();
      Matcher decl = METHOD.matcher(lines.get(i));
      if (decl.find() && !NOT_METHODS.contains(decl.group(1))) {
        return isTest(lines, i) ? java.util.Optional.of(decl.group(1)) : java.util.Optional.empty();
      }
      boolean commentOrAnnotation = l.isEmpty() || l.startsWith("*") || l.startsWith("/*") || l.startsWith("//")
          || l.startsWith("@") || l.startsWith("\"") || l.endsWith("*/");
      if (i > line && !commentOrAnnotation) {
        break;
      }
    }
    for (int i = line - 1; i >= 0; i--) {
      Matcher decl = METHOD.matcher(lines.get(i));
      if (lines.get(i).startsWith("  ") && !lines.get(i).startsWith("   ") && decl.find()
          && !NOT_METHODS.contains(decl.group(1))) {
        return isTest(lines, i) ? java.util.Optional.of(decl.group(1)) : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isTest(List<String> lines, int declaration) {
    for (int i = declaration - 1; i >= 0 && i >= declaration - 8; i--) {
      String l = lines.get(i).trim();
      if (TEST_ANNOTATION.matcher(lines.get(i)).find()) {
        return true;
      }
      if (!(l.startsWith("@") || l.startsWith("*") || l.startsWith("/*") || l.endsWith("*/") || l.startsWith("\"")
          || l.endsWith(")") || l.endsWith(","))) {
        return false;
      }
    }
    return false;
  }

  /** The Markdown table: each paragraph of the order, what implements it and what proves it. */
  static String render(List<Requirement> requirements, Citations c) {
    StringBuilder md = new StringBuilder();
    md.append("# Traceability: the order, paragraph by paragraph\n\n")
        .append("Generated by `TraceabilityGateTest` from `docs/requirements.tsv`, the BPMN documentation in `processes/`,\n")
        .append("the code in `src/main/java` and the tests in `src/test/java`. Do not edit by hand: after changing a\n")
        .append("model or a test, run `./mvnw test -Dtest=TraceabilityGateTest -Ddnr.traceability.write=true`.\n")
        .append("The build fails while this file is out of date or while an ID is cited by no model and no test.\n\n")
        .append("| § | ID | requirement | BPMN elements | code | tests |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Requirement r : requirements) {
      md.append("| ").append(r.paragraph()).append(" | **").append(r.id()).append("** | ")
          .append(cell(Set.of(r.text()))).append(" | ")
          .append(cell(c.bpmn().getOrDefault(r.id(), Set.of()))).append(" | ")
          .append(cell(c.code().getOrDefault(r.id(), Set.of()))).append(" | ")
          .append(cell(c.tests().getOrDefault(r.id(), Set.of()))).append(" |\n");
    }
    return md.toString();
  }

  private static String cell(Set<String> items) {
    return items.isEmpty() ? "—" : String.join("<br>", items).replace("|", "\\|");
  }
}
