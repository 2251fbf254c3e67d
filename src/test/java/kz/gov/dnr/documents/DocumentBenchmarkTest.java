package kz.gov.dnr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed test: the median generation time and the size of each document, written to
 * {@code target/generated-documents/benchmark.md}. Times depend on the machine and are only reported; the
 * size budget of 100 KB per document is held.
 */
class DocumentBenchmarkTest {

  static final int WARM_UP = 10;
  static final int RUNS = 31;

  @Test
  void reportMedianGenerationTimeAndSizePerDocument(@TempDir Path keys) throws IOException {
    DocumentGenerator generator = new DocumentGenerator(null, DocumentFixtures.signer(keys));
    Map<GeneratedDocument, long[]> results = new LinkedHashMap<>();
    for (GeneratedDocument d : GeneratedDocument.values()) {
      DocumentFacts facts = DocumentFixtures.facts(d);
      String reference = DocumentFixtures.CASE + "/" + d.code() + "/1";
      for (int i = 0; i < WARM_UP; i++) {
        generator.render(d, facts, reference);
      }
      long[] nanos = new long[RUNS];
      int size = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        size = generator.render(d, facts, reference).length;
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      results.put(d, new long[] {nanos[RUNS / 2], size});
    }
    StringBuilder report = new StringBuilder("| document | median ms | size KB |\n|---|---:|---:|\n");
    results.forEach((d, r) -> report.append(String.format("| %s | %.1f | %.1f |%n", d.code(), r[0] / 1e6, r[1] / 1024.0)));
    Files.createDirectories(Path.of("target", "generated-documents"));
    Files.writeString(Path.of("target", "generated-documents", "benchmark.md"), report);
    System.out.println("Document generation benchmark (" + RUNS + " runs after " + WARM_UP + " warm-up):\n" + report);
    results.forEach((d, r) -> assertThat(r[1]).as(d.code() + " size").isLessThan(100 * 1024));
  }
}
