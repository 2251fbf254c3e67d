package kz.gov.dnr.intake;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;
import org.springframework.stereotype.Component;

/**
 * R10.1 (5): the questionnaire-application is signed with the applicant's EDS. The detached CMS signature
 * must verify over the questionnaire (RSA or ECDSA, checked with BouncyCastle), the signer's certificate
 * must be valid at signing time and carry the applicant's IIN in its subject serial number
 * ({@code SERIALNUMBER=IIN850315300128}, as Kazakhstan's national CA issues them) and, when a trust store
 * is configured (required outside the demo and test profiles), chain to one of its CAs. Signatures under
 * GOST 34.310 need the national CA's provider, which is not part of this application: they are refused with
 * that reason.
 */
@Component
public class QuestionnaireSignature {

  /** GOST 34.310-2004 of Kazakhstan and GOST R 34.10 signature/digest OID arcs. */
  private static final List<String> GOST_ARCS = List.of("1.2.398.3.10.1", "1.2.643.");
  private final EdsProperties properties;
  private volatile Set<TrustAnchor> anchors;

  public QuestionnaireSignature(EdsProperties properties) {
    this.properties = properties;
  }

  /** What the check found: who signed, when, with which certificate. */
  public record Signer(String iin, String subject, Date signedAt, String algorithm) {
  }

  /** Verifies; returns the signer, or why the signature is refused. */
  public Result check(byte[] questionnaire, byte[] signature, String applicantIin) {
    CMSSignedData cms;
    try {
      cms = new CMSSignedData(new CMSProcessableByteArray(questionnaire), signature);
    } catch (CMSException | RuntimeException e) {
      return Result.refused("the signature is not a CMS (PKCS#7) signature");
    }
    Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      return Result.refused("the signature has " + signers.size() + " signers; one, the applicant, is expected");
    }
    SignerInformation signer = signers.iterator().next();
    String algorithm = signer.getEncryptionAlgOID();
    if (isGost(algorithm) || isGost(signer.getDigestAlgOID())) {
      return Result.refused("the signature uses GOST 34.310 (" + algorithm + "); verifying it needs the national CA's"
          + " cryptographic provider, which this service does not have");
    }
    @SuppressWarnings("unchecked")
    Store<X509CertificateHolder> store = cms.getCertificates();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
    if (matches.isEmpty()) {
      return Result.refused("the signature does not carry the signer's certificate");
    }
    X509CertificateHolder holder = matches.iterator().next();
    try {
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
        return Result.refused("the signature does not verify over the questionnaire");
      }
    } catch (CMSException e) {
      return Result.refused("the signature does not verify over the questionnaire (the file was changed after signing)");
    } catch (OperatorCreationException | GeneralSecurityException | RuntimeException e) {
      return Result.refused("the signature's algorithm " + algorithm + " is not supported; RSA or ECDSA is accepted");
    }
    Date signedAt = signingTime(signer).orElse(new Date());
    if (!holder.isValidOn(signedAt)) {
      return Result.refused("the signer's certificate was not valid at signing time (" + signedAt.toInstant() + ")");
    }
    String iin = iinOf(holder.getSubject());
    if (iin == null) {
      return Result.refused("the signer's certificate carries no IIN (SERIALNUMBER=IIN...) in its subject");
    }
    if (!iin.equals(applicantIin)) {
      return Result.refused("the questionnaire is signed by IIN " + iin + ", not by the applicant");
    }
    Optional<String> chain = chain(holder, cms, signedAt);
    if (chain.isPresent()) {
      return Result.refused(chain.get());
    }
    return new Result(new Signer(iin, holder.getSubject().toString(), signedAt, algorithm), null);
  }

  /** The outcome: a signer, or a refusal reason. */
  public record Result(Signer signer, String refusal) {
    static Result refused(String reason) {
      return new Result(null, reason);
    }

    public boolean accepted() {
      return signer != null;
    }
  }

  static String iinOf(X500Name subject) {
    for (RDN rdn : subject.getRDNs(BCStyle.SERIALNUMBER)) {
      String value = IETFUtils.valueToString(rdn.getFirst().getValue());
      if (value.startsWith("IIN") && value.length() == 15) {
        return value.substring(3);
      }
    }
    return null;
  }

  private static boolean isGost(String oid) {
    return oid != null && GOST_ARCS.stream().anyMatch(oid::startsWith);
  }

  private static Optional<Date> signingTime(SignerInformation signer) {
    if (signer.getSignedAttributes() == null) {
      return Optional.empty();
    }
    Attribute t = signer.getSignedAttributes().get(CMSAttributes.signingTime);
    return t == null ? Optional.empty() : Optional.of(Time.getInstance(t.getAttrValues().getObjectAt(0)).getDate());
  }

  private Optional<String> chain(X509CertificateHolder holder, CMSSignedData cms, Date at) {
    Set<TrustAnchor> trust = anchors();
    if (trust.isEmpty()) {
      return Optional.empty();
    }
    try {
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      X509Certificate leaf = converter.getCertificate(holder);
      List<X509Certificate> path = new java.util.ArrayList<>(List.of(leaf));
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
      for (X509CertificateHolder h : all) {
        if (!h.equals(holder)) {
          path.add(converter.getCertificate(h));
        }
      }
      PKIXParameters params = new PKIXParameters(trust);
      params.setRevocationEnabled(false);
      params.setDate(at);
      CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      return Optional.of("the signer's certificate does not chain to a trusted certification authority");
    }
  }

  /**
   * Why questionnaires cannot be checked as configured, if they cannot: a required trust store that is not
   * set, cannot be read, or holds no certificate. Read once at startup ({@code RequiredSettings}).
   */
  public Optional<String> trustProblem() {
    if (properties.trustStore() == null) {
      return properties.trustStoreRequired() ? Optional.of("No EDS trust store: set DNR_EDS_TRUST_STORE and"
          + " DNR_EDS_TRUST_STORE_PASSWORD (dnr.eds.trust-store), a PKCS#12 or JKS file with the national certification"
          + " authority's certificates, so that only certificates it issued sign questionnaires (R10.1 item 5)")
          : Optional.empty();
    }
    try {
      return anchors().isEmpty()
          ? Optional.of("The EDS trust store " + properties.trustStore() + " holds no certificate") : Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.of(e.getMessage());
    }
  }

  private Set<TrustAnchor> anchors() {
    Set<TrustAnchor> a = anchors;
    if (a == null) {
      a = load();
      anchors = a;
    }
    return a;
  }

  private Set<TrustAnchor> load() {
    if (properties.trustStore() == null) {
      return Collections.emptySet();
    }
    try (InputStream in = Files.newInputStream(properties.trustStore())) {
      KeyStore ks = KeyStore.getInstance(properties.trustStore().toString().endsWith(".jks") ? "JKS" : "PKCS12");
      ks.load(in, properties.trustStorePassword() == null ? new char[0] : properties.trustStorePassword().toCharArray());
      Set<TrustAnchor> set = new HashSet<>();
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.getCertificate(alias) instanceof X509Certificate c) {
          set.add(new TrustAnchor(c, null));
        }
      }
      return set;
    } catch (java.io.IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the EDS trust store " + properties.trustStore() + ": " + e.getMessage(), e);
    }
  }

}
