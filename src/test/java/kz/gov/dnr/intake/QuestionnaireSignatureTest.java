package kz.gov.dnr.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import kz.gov.dnr.demo.DemoEds;
import kz.gov.dnr.support.Fixtures;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R10.1 (5): the questionnaire's EDS, verified with BouncyCastle, by the applicant's IIN. */
class QuestionnaireSignatureTest {

  static final DemoEds EDS = new DemoEds();
  static final String IIN = "850315300128";
  final byte[] questionnaire = Fixtures.pdf("Questionnaire of " + IIN);
  final QuestionnaireSignature verifier = new QuestionnaireSignature(new EdsProperties(null, null, false));

  @Test
  void rsaAndEcdsaSignaturesOfTheApplicantVerify() {
    for (DemoEds.Algorithm a : DemoEds.Algorithm.values()) {
      QuestionnaireSignature.Result r = verifier.check(questionnaire, EDS.sign(questionnaire, IIN, "Anna Smith", a), IIN);
      assertThat(r.accepted()).as(a + ": " + r.refusal()).isTrue();
      assertThat(r.signer().iin()).isEqualTo(IIN);
    }
  }

  @Test
  void aSignatureBySomeoneElseIsRefusedNamingTheSigner() {
    QuestionnaireSignature.Result r = verifier.check(questionnaire,
        EDS.sign(questionnaire, "921120401235", "Someone Else", DemoEds.Algorithm.RSA), IIN);
    assertThat(r.accepted()).isFalse();
    assertThat(r.refusal()).contains("signed by IIN 921120401235, not by the applicant");
  }

  @Test
  void aQuestionnaireChangedAfterSigningIsRefused() {
    byte[] signature = EDS.sign(questionnaire, IIN, "Anna Smith", DemoEds.Algorithm.ECDSA);
    byte[] changed = Fixtures.pdf("Questionnaire of someone else");
    assertThat(verifier.check(changed, signature, IIN).refusal()).contains("does not verify");
  }

  @Test
  void somethingThatIsNotCmsIsRefused() {
    assertThat(verifier.check(questionnaire, questionnaire, IIN).refusal()).contains("not a CMS");
  }

  @Test
  void withATrustStoreTheCertificateMustChainToATrustedCa(@TempDir Path dir) throws Exception {
    Path trusted = dir.resolve("trusted.p12");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("demo-ca", new JcaX509CertificateConverter().getCertificate(EDS.caCertificate()));
    try (OutputStream out = Files.newOutputStream(trusted)) {
      ks.store(out, "changeit".toCharArray());
    }
    byte[] signature = EDS.sign(questionnaire, IIN, "Anna Smith", DemoEds.Algorithm.RSA);
    assertThat(new QuestionnaireSignature(new EdsProperties(trusted, "changeit", true)).check(questionnaire, signature, IIN)
        .accepted()).isTrue();

    Path other = dir.resolve("other.p12");
    KeyStore otherKs = KeyStore.getInstance("PKCS12");
    otherKs.load(null, null);
    otherKs.setCertificateEntry("other-ca", new JcaX509CertificateConverter().getCertificate(new DemoEds().caCertificate()));
    try (OutputStream out = Files.newOutputStream(other)) {
      otherKs.store(out, "changeit".toCharArray());
    }
    assertThat(new QuestionnaireSignature(new EdsProperties(other, "changeit", true)).check(questionnaire, signature, IIN).refusal())
        .contains("does not chain to a trusted certification authority");
  }

  @Test
  void aRequiredTrustStoreThatIsMissingUnreadableOrEmptyIsNamedAtStartup(@TempDir Path dir) throws Exception {
    assertThat(new QuestionnaireSignature(new EdsProperties(null, null, true)).trustProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("DNR_EDS_TRUST_STORE").contains("national certification authority"));
    assertThat(new QuestionnaireSignature(new EdsProperties(null, null, false)).trustProblem()).isEmpty();

    Path empty = dir.resolve("empty.p12");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    try (OutputStream out = Files.newOutputStream(empty)) {
      ks.store(out, "changeit".toCharArray());
    }
    assertThat(new QuestionnaireSignature(new EdsProperties(empty, "changeit", true)).trustProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("holds no certificate"));
    assertThat(new QuestionnaireSignature(new EdsProperties(empty, "wrong", true)).trustProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("Cannot read the EDS trust store"));
    assertThat(new QuestionnaireSignature(new EdsProperties(dir.resolve("absent.p12"), "changeit", true)).trustProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("Cannot read the EDS trust store"));
  }
}
