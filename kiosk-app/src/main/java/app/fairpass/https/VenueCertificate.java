package app.fairpass.https;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The venue server's own self-signed certificate, made once in the data folder with the JDK's {@code keytool}
 * (no extra library), naming every address of this machine so kiosks and phones reaching it by IP accept it once
 * trusted. Delete the two files to make a new one (e.g. after the server moved to another network).
 */
public final class VenueCertificate {
    static final String ALIAS = "fairpass";
    private final Path keyStore;
    private final Path passwordFile;

    VenueCertificate(Path dataDir) {
        this.keyStore = dataDir.resolve("fairpass-https.p12");
        this.passwordFile = dataDir.resolve("fairpass-https.password");
    }

    Path keyStore() {
        return keyStore;
    }

    /** Makes the key store unless it exists; returns its password. */
    String ensure() throws IOException, InterruptedException {
        if (Files.exists(keyStore) && Files.exists(passwordFile)) {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(keyStore.getParent());
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Files.deleteIfExists(keyStore);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "825", "-dname", "CN=FairPass venue server, O=FairPass",
                "-ext", "SAN=" + subjectAltNames(), "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool could not make the HTTPS certificate: " + output);
        }
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        return password;
    }

    /** The certificate alone (DER), for devices to install as trusted. */
    byte[] certificate(String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        return store.getCertificate(ALIAS).getEncoded();
    }

    static String subjectAltNames() {
        Set<String> names = new LinkedHashSet<>(List.of("dns:localhost", "ip:127.0.0.1"));
        for (InetAddress address : addresses()) {
            names.add("ip:" + address.getHostAddress().replaceAll("%.*$", ""));
        }
        try {
            String host = InetAddress.getLocalHost().getHostName();
            if (host.matches("[A-Za-z0-9.-]+")) {
                names.add("dns:" + host);
            }
        } catch (IOException e) {
            // no host name: the addresses are enough
        }
        return String.join(",", names);
    }

    /** This machine's addresses on its networks, as devices reach it (loopback and link-local left out). */
    static List<InetAddress> addresses() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    Collections.list(nic.getInetAddresses()).stream()
                            .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).forEach(found::add);
                }
            }
        } catch (SocketException e) {
            // no interfaces to list: localhost only
        }
        return found;
    }
}
