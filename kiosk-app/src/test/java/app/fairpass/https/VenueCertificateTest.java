package app.fairpass.https;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Inet4Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VenueCertificateTest {

    @Test
    void makesTheCertificateOnceNamingLocalhostAndThisMachinesAddresses(@TempDir Path dataDir) throws Exception {
        VenueCertificate venue = new VenueCertificate(dataDir);

        String password = venue.ensure();
        byte[] modified = Files.readAllBytes(venue.keyStore());
        String again = venue.ensure();

        assertThat(again).as("made once, then reused").isEqualTo(password);
        assertThat(Files.readAllBytes(venue.keyStore())).isEqualTo(modified);
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(venue.certificate(password)));
        List<String> names = certificate.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString())
                .toList();
        assertThat(names).contains("localhost", "127.0.0.1");
        // IPv4 only: certificates spell IPv6 addresses their own way
        VenueCertificate.addresses().stream().filter(Inet4Address.class::isInstance)
                .forEach(address -> assertThat(names).contains(address.getHostAddress()));
    }
}
