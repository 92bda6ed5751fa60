package app.fairpass.core.export;

/** A file ready to download. */
public record ExportFile(String fileName, String mediaType, byte[] content) {
}
