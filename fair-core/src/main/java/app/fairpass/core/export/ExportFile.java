package app.fairpass.core.exports;

/** A file ready to download. */
public record ExportFile(String fileName, String mediaType, byte[] content) {
}
