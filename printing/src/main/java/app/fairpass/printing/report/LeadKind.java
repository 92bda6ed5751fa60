package app.fairpass.printing.report;

import app.fairpass.printing.text.Label;

/** What an employer recorded at its booth. */
public enum LeadKind {
    RESUME(Label.KIND_RESUME),
    INTENTION(Label.KIND_INTENTION);

    private final Label label;

    LeadKind(Label label) {
        this.label = label;
    }

    Label label() {
        return label;
    }
}
