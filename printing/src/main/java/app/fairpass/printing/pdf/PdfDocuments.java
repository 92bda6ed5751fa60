package app.fairpass.printing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

import app.fairpass.printing.font.DocumentFont;

/** Assembles one in-memory PDF: a fresh document with the bundled font embedded, saved to bytes. */
public final class PdfDocuments {

    /** Adds pages and content to a document that already carries the bundled font. */
    @FunctionalInterface
    public interface Content {
        void write(PDDocument document, DocumentFont font) throws IOException;
    }

    private PdfDocuments() {
    }

    public static byte[] build(Content content) {
        try (PDDocument document = new PDDocument()) {
            content.write(document, DocumentFont.embedInto(document));
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything here is in memory: an IOException is a bug, not an expected outcome.
            throw new UncheckedIOException("Cannot build PDF", e);
        }
    }
}
