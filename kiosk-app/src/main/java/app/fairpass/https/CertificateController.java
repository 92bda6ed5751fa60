package app.fairpass.https;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /cert}: the self-signed certificate, for a device to install as trusted. A bean of
 * {@link HttpsConfiguration} (type-level {@code @RequestMapping}, not scanned), so it exists only with HTTPS on.
 */
@RequestMapping
@ResponseBody
class CertificateController {
    private final VenueCertificate certificate;
    private final boolean selfSigned;

    CertificateController(VenueCertificate certificate, boolean selfSigned) {
        this.certificate = certificate;
        this.selfSigned = selfSigned;
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
