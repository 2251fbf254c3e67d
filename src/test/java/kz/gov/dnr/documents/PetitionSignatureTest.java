package kz.gov.dnr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import kz.gov.dnr.documents.signing.PetitionSigner;
import kz.gov.dnr.documents.signing.SigningProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R8.1: the ministry signs the petition with a PAdES signature that verifies, and breaks on any change. */
class PetitionSignatureTest {

  @TempDir
  static Path keys;
  static byte[] petition;
  static X509Certificate certificate;

  @BeforeAll
  static void sign() {
    var signer = DocumentFixtures.signer(keys);
    petition = new DocumentGenerator(null, signer).render(GeneratedDocument.PETITION,
        DocumentFixtures.facts(GeneratedDocument.PETITION), "DNR-2026-000042/petition/1");
    certificate = signer.certificate();
  }

  @Test
  void thePetitionCarriesAPadesSignatureOverTheWholeFileThatVerifies() throws Exception {
    try (PDDocument doc = Loader.loadPDF(petition)) {
      List<PDSignature> signatures = doc.getSignatureDictionaries();
      assertThat(signatures).hasSize(1);
      PDSignature s = signatures.get(0);
      assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      int[] range = s.getByteRange();
      assertThat(range[0]).isZero();
      assertThat(range[2] + range[3]).as("the byte range reaches the end of the file").isEqualTo(petition.length);
      assertThat(verify(s.getContents(petition), s.getSignedContent(petition))).isTrue();
    }
  }

  @Test
  void theSignatureIsPadesBaselineSignedByTheConfiguredCertificate() throws Exception {
    try (PDDocument doc = Loader.loadPDF(petition)) {
      PDSignature s = doc.getSignatureDictionaries().get(0);
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(s.getSignedContent(petition)), s.getContents(petition));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
      assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
      X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      assertThat(holder.getEncoded()).isEqualTo(certificate.getEncoded());
      assertThat(s.getSignDate().toInstant()).isEqualTo(DocumentFixtures.ISSUED);
    }
  }

  @Test
  void changingAnySignedByteBreaksTheSignature() throws Exception {
    int[] range;
    try (PDDocument doc = Loader.loadPDF(petition)) {
      range = doc.getSignatureDictionaries().get(0).getByteRange();
    }
    for (int position : new int[] {20, range[1] / 2, range[2] + 10}) {
      byte[] tampered = petition.clone();
      tampered[position] ^= 0x01;
      PDSignature s = new PDSignature();
      s.setByteRange(range);
      byte[] contents = new PDSignature() {
        { setByteRange(range); }
      }.getContents(petition);
      byte[] signedContent = s.getSignedContent(tampered);
      assertThat(verify(contents, signedContent)).as("byte %d changed", position).isFalse();
    }
  }

  private static boolean verify(byte[] contents, byte[] signedContent) throws Exception {
    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
      return false;
    }
  }


  @Test
  void outsideTheDemoAMissingOrUnreadableSigningKeyIsNamedAtStartup() {
    assertThat(new PetitionSigner(new SigningProperties(null, null, null, false)).keyProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("DNR_SIGNING_KEYSTORE").contains("DNR_SIGNING_PASSWORD"));
    Path keystore = keys.resolve("mdai-test.p12");
    assertThat(new PetitionSigner(new SigningProperties(keystore, "wrong-password", null, false)).keyProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("Cannot load the signing keystore"));
    assertThat(new PetitionSigner(new SigningProperties(keys.resolve("absent.p12"), "test-password", null, false))
        .keyProblem()).hasValueSatisfying(p -> assertThat(p).contains("does not exist"));
    assertThat(new PetitionSigner(new SigningProperties(keystore, "test-password", null, false)).keyProblem()).isEmpty();
  }
}
