package kz.gov.dnr.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.List;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The document store's behaviour, run on H2 and on PostgreSQL by its subclasses. */
abstract class DocumentStoreContract {

  @Autowired
  DocumentStore store;
  @Autowired
  CaseRegistry registry;
  @Autowired
  JdbcTemplate jdbc;
  @LocalServerPort
  int port;

  abstract String caseNumber();

  byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  String openCase() {
    String n = caseNumber();
    if (registry.find(n).isEmpty()) {
      registry.open(n, "0" + n.substring(n.length() - 6) + "00000", "T" + n.substring(n.length() - 6), "ASTANA");
    }
    return n;
  }

  @Test
  void aFileIsReadBackByteForByteWithItsMetadata() {
    String n = openCase();
    byte[] bytes = randomBytes(3 * 1024 * 1024 + 17);
    StoredDocument d = store.store(n, "passport", "passport.pdf", "application/pdf", bytes, DocumentSource.UPLOADED, "pi-1");
    assertThat(d.sha256()).isEqualTo(DocumentStore.sha256(bytes)).hasSize(64);
    DocumentStore.Content back = store.read(n, d.id()).orElseThrow();
    assertThat(back.bytes()).isEqualTo(bytes);
    assertThat(back.document().sizeBytes()).isEqualTo(bytes.length);
    assertThat(back.document().source()).isEqualTo(DocumentSource.UPLOADED);
    assertThat(back.document().processInstanceId()).isEqualTo("pi-1");
    assertThat(back.document().createdAt()).isNotNull();
  }

  @Test
  void aFileWhoseBytesChangedInTheDatabaseIsRefused() {
    String n = openCase();
    StoredDocument d = store.store(n, "cv", "cv.pdf", "application/pdf", randomBytes(1000), DocumentSource.UPLOADED, null);
    jdbc.update("update dnr_document set content = ? where id = ?", randomBytes(1000), d.id());
    assertThatThrownBy(() -> store.read(n, d.id())).isInstanceOf(DocumentIntegrityException.class)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void deletingACasesFilesRemovesThemForGood() {
    String n = openCase();
    StoredDocument a = store.store(n, "photo", "p.png", "image/png", randomBytes(10), DocumentSource.UPLOADED, "pi-2");
    store.store(n, "return-notice", "r.pdf", "application/pdf", randomBytes(10), DocumentSource.GENERATED, "pi-2");
    assertThat(store.deleteAll(n)).isGreaterThanOrEqualTo(2);
    assertThat(store.list(n)).isEmpty();
    assertThat(store.read(n, a.id())).isEmpty();
    Integer rows = jdbc.queryForObject("select count(*) from dnr_document where case_number = ?", Integer.class, n);
    assertThat(rows).isZero();
  }

  @Test
  void officersAndPortalsReadTheDocumentsThroughTheApi() {
    String n = openCase();
    byte[] bytes = randomBytes(5000);
    StoredDocument d = store.store(n, "interview-invitation", "i.pdf", "application/pdf", bytes, DocumentSource.GENERATED, null);
    Http http = new Http(port);
    JsonNode list = http.get("/api/v1/cases/" + n + "/documents", "supervisor").json();
    assertThat(list.findValuesAsText("code")).contains("interview-invitation");
    Http.Response file = http.get(d.url(), "astanahub-portal");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.bytes()).isEqualTo(bytes);
    assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(file.header("ETag")).isEqualTo("\"" + d.sha256() + "\"");
    assertThat(http.get(d.url(), "berkut-gateway").status()).isEqualTo(403);
    assertThat(http.get(d.url(), "analyst").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/cases/" + n + "/documents/999999999", "supervisor").status()).isEqualTo(404);
    assertThat(http.get("/api/v1/cases/DNR-2026-999999/documents", "supervisor").status()).isEqualTo(404);
    // An officer whose group had no task in the case does not read it.
    assertThat(http.get(d.url(), "hub").status()).isEqualTo(403);
  }

  @Test
  void generatedDocumentsAreNumberedPerCaseAndCode() {
    String n = openCase();
    int before = store.countGenerated(n, "return-notice");
    store.store(n, "return-notice", "x.pdf", "application/pdf", randomBytes(5), DocumentSource.GENERATED, null);
    store.store(n, "return-notice", "y.pdf", "application/pdf", randomBytes(5), DocumentSource.UPLOADED, null);
    assertThat(store.countGenerated(n, "return-notice")).isEqualTo(before + 1);
    assertThat(List.of(store.latest(n, "return-notice").orElseThrow().fileName())).containsExactly("y.pdf");
  }
}
