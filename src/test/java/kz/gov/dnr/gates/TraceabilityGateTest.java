package kz.gov.dnr.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The traceability gate: every requirement ID of the order (kept in {@code docs/requirements.tsv}) is
 * cited by a BPMN element's documentation or by a test, no model, code or test cites an ID that does not
 * exist, and {@code docs/TRACEABILITY.md} is the table generated from what is cited now.
 */
class TraceabilityGateTest {

  @Test
  void everyRequirementIdIsCitedByAModelOrATest() throws IOException {
    Traceability.Citations c = Traceability.scan();
    Set<String> uncited = new TreeSet<>();
    for (Traceability.Requirement r : Traceability.requirements()) {
      if (!c.bpmn().containsKey(r.id()) && !c.tests().containsKey(r.id())) {
        uncited.add(r.id());
      }
    }
    assertThat(uncited).as("requirement IDs no BPMN documentation and no test cites").isEmpty();
  }

  @Test
  void nothingCitesAnIdTheOrderDoesNotHave() throws IOException {
    Set<String> known = new TreeSet<>(Traceability.requirements().stream().map(Traceability.Requirement::id).toList());
    Set<String> unknown = new TreeSet<>(Traceability.scan().all());
    unknown.removeAll(known);
    assertThat(unknown).as("cited but not in %s", Traceability.REQUIREMENTS).isEmpty();
  }

  @Test
  void theListMatchesTheCatalogueWhereItIsAtHand() throws IOException {
    Path catalogue = Path.of("..", "shared", "mission", "REQUIREMENTS.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(catalogue), "the catalogue is not beside this checkout");
    Set<String> inCatalogue = new TreeSet<>();
    Matcher m = Traceability.IN_TEXT.matcher(Files.readString(catalogue, StandardCharsets.UTF_8));
    while (m.find()) {
      inCatalogue.add(m.group(1));
    }
    assertThat(new TreeSet<>(Traceability.requirements().stream().map(Traceability.Requirement::id).toList()))
        .isEqualTo(inCatalogue);
  }

  @Test
  void theTraceabilityTableIsUpToDate() throws IOException {
    String table = Traceability.render(Traceability.requirements(), Traceability.scan());
    if (Boolean.getBoolean("dnr.traceability.write")) {
      Files.writeString(Traceability.TABLE, table, StandardCharsets.UTF_8);
    }
    List<String> committed = Files.exists(Traceability.TABLE)
        ? Files.readAllLines(Traceability.TABLE, StandardCharsets.UTF_8) : List.of();
    List<String> generated = table.lines().toList();
    int line = 0;
    while (line < Math.min(committed.size(), generated.size()) && committed.get(line).equals(generated.get(line))) {
      line++;
    }
    assertThat(committed.equals(generated))
        .as("%s is out of date from line %d (now: %s); regenerate it with "
            + "./mvnw test -Dtest=TraceabilityGateTest -Ddnr.traceability.write=true", Traceability.TABLE, line + 1,
            line < generated.size() ? generated.get(line) : "(end of table)")
        .isTrue();
  }

  @Test
  void idsAreReadFromMethodNamesAndProse() {
    assertThat(Traceability.idsInName("r12_1ToR19_2AnApprovedApplicationGetsItsApproval"))
        .containsExactly("R12.1", "R19.2");
    assertThat(Traceability.idsInName("d6R19_4WithoutAFinalApplication")).containsExactly("D6", "R19.4");
    assertThat(Traceability.idsInName("validPassportsAreAccepted")).isEmpty();
    List<String> prose = Traceability.IN_TEXT.matcher("R12.3, RA.1 and D4; not V1x, R1.2.3 or SV10").results()
        .map(r -> r.group(1)).toList();
    assertThat(prose).containsExactly("R12.3", "RA.1", "D4");
  }

  @Test
  void aCitationBelongsToTheTestMethodItDocumentsOrSitsIn() {
    List<String> source = List.of(
        "class ExampleTest {",
        "  /** R12.3: documented. */",
        "  @Test",
        "  void deleted() {",
        "    assertThat(reason).contains(\"R0.1\");",
        "  }",
        "",
        "  String helper() {",
        "    return \"V4\";",
        "  }",
        "}");
    assertThat(Traceability.testAt(source, 1)).contains("deleted");
    assertThat(Traceability.testAt(source, 4)).contains("deleted");
    assertThat(Traceability.testAt(source, 8)).as("a helper is not a test").isEmpty();
  }
}
