package app.fairpass.https;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /cert}: the self-signed certificate, for a device to install as trusted. Exists only with HTTPS on. */
@RestController
@ConditionalOnProperty(name = "fairpass.https.enabled", havingValue = "true")
class CertificateController {
    private final VenueCertificate certificate;
    private final boolean selfSigned;

    CertificateController(VenueCertificate certificate, ServerProperties server) {
        this.certificate = certificate;
        this.selfSigned = HttpsConfiguration.usesOwnCertificate(server);
    }

    @GetMapping("/cert")
    ResponseEntity<byte[]> certificate() throws Exception {
        if (!selfSigned) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fairpass.crt\"")
                .contentType(MediaType.parseMediaType("application/x-x509-ca-cert"))
                .body(certificate.certificate(certificate.ensure()));
    }
}
