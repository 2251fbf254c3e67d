package kz.gov.dnr.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs the ministry's petition (§8, R8.1) with a PAdES baseline signature: a detached CMS
 * ({@code ETSI.CAdES.detached}) over the PDF's byte range, with the signing-certificate-v2 attribute and
 * no signing-time attribute (the time is the signature dictionary's). The key and certificate come from
 * a configured PKCS#12 keystore; the demo profile creates a self-signed demo key on first start.
 */
@Component
public class PetitionSigner {

  private static final Logger LOG = LoggerFactory.getLogger(PetitionSigner.class);
  private final SigningProperties properties;
  private volatile SigningKey key;

  public PetitionSigner(SigningProperties properties) {
    this.properties = properties;
  }

  /** The key in use, loaded on first need. */
  record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<Certificate> chain) {
  }

  /** The certificate whose key signs petitions. */
  public X509Certificate certificate() {
    return key().certificate();
  }

  public byte[] sign(byte[] pdf, String signerName, String reason, Instant signedAt) {
    SigningKey k = key();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signerName);
      signature.setLocation("Astana, Kazakhstan");
      signature.setReason(reason);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Almaty"));
      when.setTimeInMillis(signedAt.toEpochMilli());
      signature.setSignDate(when);
      doc.addSignature(signature, content -> cms(content, k));
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
      doc.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sign the petition", e);
    }
  }

  private static byte[] cms(InputStream content, SigningKey k) throws IOException {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      byte[] certHash = MessageDigest.getInstance("SHA-256").digest(k.certificate().getEncoded());
      Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
          new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {
              new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash)})));
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(signingCertificate);
      DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
      // PAdES: the claimed signing time is the signature dictionary's /M, not a CMS signing-time attribute.
      CMSAttributeTableGenerator withoutSigningTime = params -> defaults.getAttributes(params).remove(CMSAttributes.signingTime);
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(withoutSigningTime)
          .build(new JcaContentSignerBuilder(algorithm(k.privateKey())).build(k.privateKey()), k.certificate()));
      generator.addCertificates(new JcaCertStore(k.chain()));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
      return signed.getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("CMS signature failed: " + e.getMessage(), e);
    }
  }

  private static String algorithm(PrivateKey key) {
    return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
  }

  /**
   * Why petitions cannot be signed as configured, if they cannot: no keystore, a wrong password, no key in it.
   * The demo's keystore is made on first need and is not checked here (its key generation would slow the start).
   */
  public Optional<String> keyProblem() {
    if (properties.createDemoKeystore()) {
      return Optional.empty();
    }
    try {
      key();
      return Optional.empty();
    } catch (IllegalStateException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Loads the key, creating the demo keystore first where the demo profile asks for it. */
  public SigningKey key() {
    SigningKey k = key;
    if (k != null) {
      return k;
    }
    synchronized (this) {
      if (key == null) {
        key = load();
      }
      return key;
    }
  }

  private SigningKey load() {
    if (properties.keystore() == null || properties.password() == null || properties.password().isEmpty()) {
      throw new IllegalStateException("No signing key for petitions: set DNR_SIGNING_KEYSTORE (a PKCS#12 file) and"
          + " DNR_SIGNING_PASSWORD (dnr.signing.keystore / dnr.signing.password)");
    }
    char[] password = properties.password().toCharArray();
    try {
      if (!Files.exists(properties.keystore())) {
        if (!properties.createDemoKeystore()) {
          throw new IllegalStateException("The signing keystore " + properties.keystore() + " does not exist");
        }
        DemoKeystore.create(properties.keystore(), password);
        LOG.warn("Created a self-signed DEMO signing key at {} - petitions signed with it have no legal value",
            properties.keystore());
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(properties.keystore())) {
        store.load(in, password);
      }
      String alias = properties.alias();
      if (alias == null || alias.isBlank()) {
        alias = Collections.list(store.aliases()).stream().filter(a -> {
          try {
            return store.isKeyEntry(a);
          } catch (GeneralSecurityException e) {
            return false;
          }
        }).findFirst().orElseThrow(() -> new IllegalStateException("No key in " + properties.keystore()));
      }
      PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
      Certificate[] chain = store.getCertificateChain(alias);
      if (privateKey == null || chain == null || chain.length == 0) {
        throw new IllegalStateException("No key entry '" + alias + "' with a certificate in " + properties.keystore());
      }
      return new SigningKey(privateKey, (X509Certificate) chain[0], new ArrayList<>(List.of(chain)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot load the signing keystore " + properties.keystore() + ": " + e.getMessage(), e);
    }
  }

  /** For the health report: who signs and until when. */
  public Map<String, Object> describe() {
    X509Certificate c = certificate();
    return Map.of("subject", c.getSubjectX500Principal().getName(), "notAfter", c.getNotAfter().toInstant().toString());
  }
}
