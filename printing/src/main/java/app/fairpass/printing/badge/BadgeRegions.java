package app.fairpass.printing.badge;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.pdf.Box;

/**
 * Where each part of one badge goes. Two arrangements cover every stock: stacked (portrait labels)
 * and side by side (landscape labels and sheet cells); the stocks differ only in their measures.
 */
record BadgeRegions(Box label, Box fairName, Box name, Box optionalLine, Box qr, Box shortPassId, Align align) {

    /** Measures in millimetres of the text bands; the QR takes what is left. */
    record Bands(double margin, double fairName, double name, double optionalLine, double shortPassId, double gap) {
    }

    /** Fair name, name, optional line stacked at the top; QR centred below; short id at the bottom. */
    static BadgeRegions stacked(Box label, Bands bands) {
        Box inner = label.inset(Box.mm(bands.margin()));
        float gap = Box.mm(bands.gap());
        Box fairName = topBand(inner, inner.top(), Box.mm(bands.fairName()));
        Box name = topBand(inner, fairName.y() - gap, Box.mm(bands.name()));
        Box optionalLine = topBand(inner, name.y() - gap, Box.mm(bands.optionalLine()));
        Box shortPassId = new Box(inner.x(), inner.y(), inner.width(), Box.mm(bands.shortPassId()));
        Box qr = new Box(inner.x(), shortPassId.top(), inner.width(), optionalLine.y() - shortPassId.top()).centredSquare();
        return new BadgeRegions(label, fairName, name, optionalLine, qr, shortPassId, Align.CENTRE);
    }

    /** Fair name and name across the top; optional line and short id on the left, QR on the right below. */
    static BadgeRegions sideBySide(Box label, Bands bands) {
        Box inner = label.inset(Box.mm(bands.margin()));
        float gap = Box.mm(bands.gap());
        Box fairName = topBand(inner, inner.top(), Box.mm(bands.fairName()));
        Box name = topBand(inner, fairName.y() - gap, Box.mm(bands.name()));
        float qrSide = Math.min(name.y() - gap - inner.y(), inner.width() / 2);
        Box qr = new Box(inner.right() - qrSide, inner.y(), qrSide, qrSide);
        float textWidth = qr.x() - gap - inner.x();
        Box optionalLine = new Box(inner.x(), qr.y() + qrSide / 2, textWidth, Box.mm(bands.optionalLine()));
        Box shortPassId = new Box(inner.x(), inner.y(), textWidth, Box.mm(bands.shortPassId()));
        return new BadgeRegions(label, fairName, name, optionalLine, qr, shortPassId, Align.LEFT);
    }

    private static Box topBand(Box inner, float top, float height) {
        return new Box(inner.x(), top - height, inner.width(), height);
    }
}
