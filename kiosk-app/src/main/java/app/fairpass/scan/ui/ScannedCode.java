package app.fairpass.scan.ui;

/** A code read by a scanner or camera, with the browser's nonce for this scan (a retry repeats it). */
public record ScannedCode(String code, String nonce) {
}
