package app.fairpass.https;

import java.net.InetAddress;
import java.nio.file.Path;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTPS, because cameras work only in a secure context and devices reach the venue server by its address. The
 * HTTPS port ({@code fairpass.https.port}, 8443) is the main one; {@code server.port} (8080) stays open and sends
 * every request there. Without a configured key store ({@code server.ssl.*}) the server uses its own
 * self-signed certificate, made on first start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpsSettings.class)
@ConditionalOnProperty(name = "fairpass.https.enabled", havingValue = "true", matchIfMissing = true)
class HttpsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(HttpsConfiguration.class);

    @Bean
    VenueCertificate venueCertificate(@Value("${fairpass.data-dir}") Path dataDir) {
        return new VenueCertificate(dataDir);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> httpsConnector(ServerProperties server,
            VenueCertificate certificate, HttpsSettings https) {
        int httpsPort = https.port();
        return factory -> {
            int httpPort = server.getPort() == null ? 8080 : server.getPort();
            if (usesOwnCertificate(server)) {
                factory.setSsl(selfSigned(certificate));
            }
            factory.setPort(httpsPort);
            Connector http = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
            http.setPort(httpPort);
            http.setRedirectPort(httpsPort);
            factory.addAdditionalTomcatConnectors(http);
            // Tomcat answers plain HTTP requests with a redirect to the HTTPS port.
            factory.addContextCustomizers(context -> {
                SecurityConstraint confidential = new SecurityConstraint();
                confidential.setUserConstraint("CONFIDENTIAL");
                SecurityCollection everything = new SecurityCollection();
                everything.addPattern("/*");
                confidential.addCollection(everything);
                context.addConstraint(confidential);
            });
            logHowToConnect(httpPort, httpsPort, usesOwnCertificate(server));
        };
    }

    static boolean usesOwnCertificate(ServerProperties server) {
        return server.getSsl() == null || server.getSsl().getKeyStore() == null;
    }

    private static Ssl selfSigned(VenueCertificate certificate) {
        try {
            String password = certificate.ensure();
            Ssl ssl = new Ssl();
            ssl.setKeyStore(certificate.keyStore().toUri().toString());
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePassword(password);
            ssl.setKeyAlias(VenueCertificate.ALIAS);
            return ssl;
        } catch (Exception e) {
            throw new IllegalStateException("Could not make the HTTPS certificate; set fairpass.https.enabled=false "
                    + "or configure server.ssl.* with your own", e);
        }
    }

    private static void logHowToConnect(int httpPort, int httpsPort, boolean selfSigned) {
        StringBuilder text = new StringBuilder("\n\n  HTTPS: ");
        for (InetAddress address : VenueCertificate.addresses()) {
            text.append("https://").append(address.getHostAddress().replaceAll("%.*$", "")).append(':')
                    .append(httpsPort).append("  ");
        }
        text.append("(http://…:").append(httpPort).append(" redirects there)\n");
        if (selfSigned) {
            text.append("  自签名证书 / Self-signed certificate: on each kiosk or phone open https://<address>:")
                    .append(httpsPort).append("/cert, install the downloaded certificate as trusted,\n")
                    .append("  or accept the browser's warning once. Kiosk Chrome may instead be started with ")
                    .append("--ignore-certificate-errors.\n");
        }
        log.warn(text.toString());
    }
}
