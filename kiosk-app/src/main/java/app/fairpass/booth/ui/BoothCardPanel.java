package app.fairpass.booth.ui;

import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.booth.BoothCard;
import app.fairpass.core.booth.BoothEntry;
import app.fairpass.core.booth.PositionTally;
import app.fairpass.core.booth.RecordKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A scanned job seeker at the booth: who (as far as they agreed), what is recorded, and the two big buttons. */
class BoothCardPanel extends VerticalLayout {
    private static final int NOTE_MAX = 500;

    /**
     * Saves one record; the view calls the service and reports the outcome. The nonce is the same for the same
     * answers on this card, so a tap sent twice is recorded once; any change of note, rating or position makes a
     * new one.
     */
    interface Recorder {
        void record(RecordKind kind, Long positionId, String note, Integer rating, String nonce);
    }

    private final Map<RecordKind, String> nonces = new EnumMap<>(RecordKind.class);

    BoothCardPanel(BoothCard card, List<PositionTally> positions, ZoneId zone, Recorder recorder) {
        addClassName("fp-booth-card");
        setPadding(true);
        Span shortId = new Span(card.shortId());
        shortId.addClassName("fp-booth-badge-id");
        add(shortId);
        if (card.shared()) {
            Span name = new Span(card.name());
            name.setId("card-name");
            name.addClassName("fp-booth-name");
            add(name);
            String details = String.join(" · ", java.util.stream.Stream.of(
                    card.education() == null ? null : getTranslation("education." + card.education()),
                    card.badgeLine()).filter(s -> s != null && !s.isBlank()).toList());
            if (!details.isEmpty()) {
                add(new Span(details));
            }
        } else {
            Span notShared = new Span(getTranslation("booth.not-shared.long"));
            notShared.setId("card-name");
            notShared.addClassName("fp-muted");
            add(notShared);
        }
        card.resume().ifPresent(resume -> add(status(getTranslation("booth.has-resume",
                BoothView.TIME.format(resume.updatedAt().atZone(zone))))));
        card.intention().ifPresent(intention -> add(status(getTranslation("booth.has-intention",
                intention.positionTitle() == null ? "" : intention.positionTitle(),
                BoothView.TIME.format(intention.updatedAt().atZone(zone))))));

        Optional<BoothEntry> latest = card.intention().or(card::resume);
        TextArea note = new TextArea(getTranslation("booth.note"));
        note.setId("note");
        note.setMaxLength(NOTE_MAX);
        note.setWidthFull();
        latest.map(BoothEntry::note).ifPresent(note::setValue);
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("booth.rating"));
        rating.setId("rating");
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(stars -> "★".repeat(stars));
        latest.map(BoothEntry::rating).ifPresent(rating::setValue);

        Button resume = new Button(getTranslation(card.resume().isPresent() ? "booth.resume.update" : "booth.resume"),
                click -> {
                    if (noteFits(note)) {
                        recorder.record(RecordKind.RESUME, null, note.getValue(), rating.getValue(),
                                nonce(RecordKind.RESUME));
                    }
                });
        resume.setId("record-resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        resume.setWidthFull();

        Select<PositionTally> position = new Select<>();
        position.setId("position");
        position.setLabel(getTranslation("booth.position"));
        position.setItems(positions);
        Set<String> sharedTitles = positions.stream()
                .collect(Collectors.groupingBy(PositionTally::title, Collectors.counting())).entrySet().stream()
                .filter(title -> title.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        position.setItemLabelGenerator(item -> positionLabel(item, sharedTitles));
        position.setWidthFull();
        card.intention().map(BoothEntry::positionId)
                .flatMap(id -> positions.stream().filter(p -> p.positionId() == id).findFirst())
                .or(() -> positions.stream().findFirst())
                .ifPresent(position::setValue);
        Button intention = new Button(getTranslation(card.intention().isPresent() ? "booth.intention.update"
                : "booth.intention"), click -> {
                    if (noteFits(note)) {
                        recorder.record(RecordKind.INTENTION,
                                position.getValue() == null ? null : position.getValue().positionId(),
                                note.getValue(), rating.getValue(), nonce(RecordKind.INTENTION));
                    }
                });
        intention.setId("record-intention");
        intention.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        intention.setWidthFull();
        intention.setEnabled(!positions.isEmpty());

        note.addValueChangeListener(change -> nonces.clear());
        rating.addValueChangeListener(change -> nonces.clear());
        position.addValueChangeListener(change -> nonces.clear());
        add(note, rating, resume, position, intention);
    }

    private String nonce(RecordKind kind) {
        return nonces.computeIfAbsent(kind, newOne -> UUID.randomUUID().toString());
    }

    /**
     * The title; for a title the employer has several positions of (three 仓库管理员), also what tells them apart:
     * salary, education, headcount.
     */
    private String positionLabel(PositionTally position, Set<String> sharedTitles) {
        if (!sharedTitles.contains(position.title())) {
            return position.title();
        }
        List<String> facts = new ArrayList<>();
        facts.add(position.title());
        salary(position).ifPresent(facts::add);
        if (position.education() != null) {
            facts.add(getTranslation("education." + position.education().name()));
        }
        facts.add(getTranslation("booth.position.headcount", position.headcount()));
        return String.join(" · ", facts);
    }

    /** Salaries as plain numbers ("4000", not "4,000"), as job ads write them. */
    private Optional<String> salary(PositionTally position) {
        Integer min = position.salaryMin();
        Integer max = position.salaryMax();
        if (min != null && max != null) {
            return Optional.of(getTranslation("booth.position.salary", String.valueOf(min), String.valueOf(max)));
        }
        if (min != null) {
            return Optional.of(getTranslation("booth.position.salary-from", String.valueOf(min)));
        }
        return Optional.ofNullable(max).map(upTo -> getTranslation("booth.position.salary-up-to",
                String.valueOf(upTo)));
    }

    private boolean noteFits(TextArea note) {
        return TextRules.show(note, TextRules.problem(this, note.getValue().strip(), NOTE_MAX, true));
    }

    private static Div status(String text) {
        Div status = new Div(text);
        status.addClassName("fp-booth-status");
        return status;
    }
}
