package app.fairpass.printing.printer;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaPrintableArea;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints to a named queue on the server through the Java Print Service (CUPS/IPP on Linux and macOS).
 * The label size goes along as the printable area and, when the queue offers a media of that size,
 * as the media, so a label printer does not scale the badge onto its default roll length.
 */
public final class PrintQueuePrinter implements BadgePrinter {

    private static final Logger LOG = LoggerFactory.getLogger(PrintQueuePrinter.class);
    /** A queue's media counts as the badge's size when both sides differ by at most this. */
    private static final float MEDIA_TOLERANCE_MM = 1f;

    private final String queueName;

    public PrintQueuePrinter(String queueName) {
        this.queueName = Objects.requireNonNull(queueName, "queueName");
    }

    @Override
    public PrintResult print(PrintJobRequest request) {
        Optional<PrintService> service = findQueue();
        if (service.isEmpty()) {
            return new PrintResult(PrintOutcome.NO_SUCH_PRINTER, "No printer queue named '" + queueName
                    + "' on this server; queues known: " + knownQueues() + ".");
        }
        if (service.get().getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return new PrintResult(PrintOutcome.REFUSED, "Printer queue '" + queueName + "' is not accepting jobs.");
        }
        try (PDDocument document = Loader.loadPDF(request.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service.get());
            job.setJobName(request.jobName());
            job.setPageable(new PDFPageable(document));
            job.print(attributes(service.get(), request));
            LOG.info("Sent '{}' ({} pages) to printer queue '{}'", request.jobName(), document.getNumberOfPages(),
                    queueName);
            return new PrintResult(PrintOutcome.PRINTED, "Sent to printer queue '" + queueName + "'.");
        } catch (IOException e) {
            return new PrintResult(PrintOutcome.INVALID_DOCUMENT, "Not a readable PDF: " + e.getMessage());
        } catch (PrinterException e) {
            LOG.warn("Printer queue '{}' refused '{}'", queueName, request.jobName(), e);
            return new PrintResult(PrintOutcome.REFUSED, "Printer queue '" + queueName + "' refused the job: "
                    + e.getMessage());
        }
    }

    private Optional<PrintService> findQueue() {
        // CUPS queue names are case-insensitive.
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(service -> service.getName().equalsIgnoreCase(queueName))
                .findFirst();
    }

    private static String knownQueues() {
        String[] names = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName).toArray(String[]::new);
        return names.length == 0 ? "none" : String.join(", ", names);
    }

    private static PrintRequestAttributeSet attributes(PrintService service, PrintJobRequest request) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(request.jobName(), null));
        float width = (float) request.mediaWidthMm();
        float height = (float) request.mediaHeightMm();
        attributes.add(new MediaPrintableArea(0, 0, width, height, MediaPrintableArea.MM));
        matchingMedia(service, width, height).ifPresent(attributes::add);
        return attributes;
    }

    /** The queue's own media of the badge's size, in either orientation, if it has one. */
    private static Optional<MediaSizeName> matchingMedia(PrintService service, float width, float height) {
        Object supported = service.getSupportedAttributeValues(Media.class, null, null);
        if (!(supported instanceof Media[] media)) {
            return Optional.empty();
        }
        return Arrays.stream(media)
                .filter(MediaSizeName.class::isInstance)
                .map(MediaSizeName.class::cast)
                .filter(name -> {
                    MediaSize size = MediaSize.getMediaSizeForName(name);
                    return size != null && matches(size, width, height);
                })
                .findFirst();
    }

    private static boolean matches(MediaSize size, float width, float height) {
        float mediaWidth = size.getX(MediaSize.MM);
        float mediaHeight = size.getY(MediaSize.MM);
        return Math.abs(mediaWidth - width) <= MEDIA_TOLERANCE_MM && Math.abs(mediaHeight - height) <= MEDIA_TOLERANCE_MM
                || Math.abs(mediaWidth - height) <= MEDIA_TOLERANCE_MM && Math.abs(mediaHeight - width) <= MEDIA_TOLERANCE_MM;
    }
}
