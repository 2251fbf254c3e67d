package kz.gov.dnr.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrPostgresTest;
import kz.gov.dnr.support.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stage 1 on PostgreSQL: from the portal's multipart request to the signed petition, through the API. */
@DnrPostgresTest
class PetitionPostgresTest {

  @LocalServerPort
  int port;
  @Autowired
  CaseDriver driver;
  @Autowired
  CaseRegistry registry;
  @Autowired
  DocumentStore store;

  @Test
  void fromTheMultipartRequestToTheSignedPetitionOnPostgresql() throws Exception {
    Http http = new Http(port);
    String n = new PetitionJourney(http, driver).toSignedPetition("880102300016", "PG0000001");
    assertThat(registry.find(n).orElseThrow().isOpen()).isTrue();
    long id = store.latest(n, "petition").orElseThrow().id();
    Http.Response pdf = http.get("/api/v1/cases/" + n + "/documents/" + id, "astanahub-portal");
    assertThat(pdf.status()).isEqualTo(200);
    byte[] bytes = pdf.bytes();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDSignature s = doc.getSignatureDictionaries().get(0);
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(s.getSignedContent(bytes)), s.getContents(bytes));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      X509CertificateHolder cert = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))).isTrue();
    }
    assertThat(new ByteArrayInputStream(bytes).readNBytes(5)).isEqualTo("%PDF-".getBytes());
  }
}
