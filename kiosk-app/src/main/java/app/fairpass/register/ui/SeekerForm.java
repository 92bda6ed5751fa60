package app.fairpass.register.ui;

import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.KeyGroupInfo;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.printing.font.PrintableText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registration questions, for touch: big fields, a phone field with the phone keypad, key groups and
 * education as big toggle buttons, and each consent as its own choice. Used by the kiosk's walk-up registration
 * and the public registration page. {@link #read()} checks the answers and says what is wrong in plain words, at
 * each field and in {@link #problemSummary()}, which the screens place by their submit button.
 */
public class SeekerForm extends VerticalLayout {
    private static final int NAME_MAX = 30;
    private static final int BADGE_LINE_MAX = 30;
    private final TextField name = new TextField();
    private final PhoneField phone = new PhoneField("reg-phone");
    private final TextField badgeLine = new TextField();
    private final Map<String, Button> keyGroups = new LinkedHashMap<>();
    private final Map<Education, Button> education = new LinkedHashMap<>();
    private final Checkbox processing = new Checkbox();
    private final Checkbox share = new Checkbox();
    private final Checkbox showLine = new Checkbox();
    private final Span consentError = new Span();
    private final Paragraph problemSummary = new Paragraph();
    private Education chosenEducation;

    public SeekerForm(List<KeyGroupInfo> groups) {
        addClassName("fp-form");
        setPadding(false);
        name.setId("reg-name");
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(NAME_MAX);
        name.addValueChangeListener(change -> warnIfUnprintable(change.getValue()));
        badgeLine.setId("reg-line");
        badgeLine.setLabel(getTranslation("register.position"));
        badgeLine.setHelperText(getTranslation("register.position.help"));
        badgeLine.setMaxLength(BADGE_LINE_MAX);
        for (TextField field : List.of(name, phone, badgeLine)) {
            field.setWidthFull();
            field.addClassName("fp-big-field");
        }

        Div groupButtons = toggles("reg-groups");
        for (KeyGroupInfo group : groups) {
            Button button = toggle(group.name(getLocale()), "reg-group-" + group.code());
            button.addClickListener(click -> setOn(button, !isOn(button)));
            keyGroups.put(group.code(), button);
            groupButtons.add(button);
        }
        Div educationButtons = toggles("reg-education");
        for (Education level : Education.values()) {
            Button button = toggle(getTranslation("education." + level), "reg-edu-" + level);
            button.addClickListener(click -> chooseEducation(level));
            education.put(level, button);
            educationButtons.add(button);
        }

        processing.setId("reg-consent-processing");
        processing.setLabel(getTranslation("register.consent.processing"));
        share.setId("reg-consent-share");
        share.setLabel(getTranslation("register.consent.share"));
        showLine.setId("reg-consent-line");
        showLine.setLabel(getTranslation("register.consent.line"));
        consentError.setId("reg-consent-error");
        consentError.addClassName("fp-error");
        consentError.setVisible(false);
        for (Checkbox consent : List.of(processing, share, showLine)) {
            consent.addClassName("fp-consent");
        }
        problemSummary.setId("reg-problems");
        problemSummary.addClassName("fp-error");
        problemSummary.getElement().setAttribute("role", "alert");
        problemSummary.setVisible(false);
        add(name, phone, heading("register.key-groups"), groupButtons, heading("register.education"),
                educationButtons, badgeLine, heading("register.consents"), processing, consentError, share, showLine);
    }

    /**
     * The answers if they are complete and valid; otherwise empty, with each problem shown at its field, the first
     * one brought into view and focused, and said again in the {@link #problemSummary()}.
     */
    public Optional<SeekerRegistration> read() {
        String enteredName = name.getValue().strip();
        TextRules.show(name, enteredName.isEmpty() ? Optional.of(getTranslation("register.error.name"))
                : TextRules.problem(this, enteredName, NAME_MAX, false));
        Optional<String> enteredPhone = phone.read();
        TextRules.show(badgeLine, TextRules.problem(this, badgeLine.getValue().strip(), BADGE_LINE_MAX, false));
        consentError.setText(getTranslation("register.error.consent"));
        consentError.setVisible(!processing.getValue());
        if (showProblems()) {
            return Optional.empty();
        }
        Set<String> chosenGroups = new LinkedHashSet<>();
        keyGroups.forEach((code, button) -> {
            if (isOn(button)) {
                chosenGroups.add(code);
            }
        });
        return Optional.of(new SeekerRegistration(enteredName, enteredPhone.orElseThrow(), chosenEducation,
                chosenGroups, badgeLine.getValue(), true, share.getValue(), showLine.getValue()));
    }

    /**
     * "请检查上面标红的内容。手机号少了2位：已输入9位，应为11位" while the answers have problems, for the screen to show
     * by its submit button: a person who tapped it at the bottom of a long form sees why nothing happened.
     */
    public Component problemSummary() {
        return problemSummary;
    }

    /** True when an answer has a problem: the first one is then scrolled to the middle of the screen and focused. */
    private boolean showProblems() {
        Map<Component, String> problems = new LinkedHashMap<>(); // in the order the form shows them
        for (TextField field : List.of(name, phone, badgeLine)) {
            if (field.isInvalid()) {
                problems.put(field, field.getErrorMessage());
            }
        }
        if (consentError.isVisible()) {
            problems.put(processing, consentError.getText());
        }
        problemSummary.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return false;
        }
        Map.Entry<Component, String> first = problems.entrySet().iterator().next();
        problemSummary.setText(problems.size() == 1
                ? getTranslation("register.error.summary.one", first.getValue())
                : getTranslation("register.error.summary.more", problems.size(), first.getValue()));
        ((Focusable<?>) first.getKey()).focus();
        // After the focus, whose own scrolling would leave the field at the screen's edge, label and message hidden.
        first.getKey().scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.CENTER,
                ScrollOptions.Alignment.NEAREST));
        return true;
    }

    /** Says, without blocking, which characters of the name no badge font has: they would print as a box. */
    private void warnIfUnprintable(String enteredName) {
        Set<String> missing = PrintableText.missing(enteredName);
        if (missing.isEmpty()) {
            name.setHelperComponent(null);
            return;
        }
        Span warning = new Span(getTranslation("register.name.unprintable", String.join("", missing)));
        warning.setId("reg-name-warning");
        warning.addClassName("fp-warning");
        name.setHelperComponent(warning);
    }

    private void chooseEducation(Education level) {
        chosenEducation = level == chosenEducation ? null : level;
        education.forEach((each, button) -> setOn(button, each == chosenEducation));
    }

    private Component heading(String key) {
        Span heading = new Span(getTranslation(key));
        heading.addClassName("fp-form-heading");
        return heading;
    }

    private static Div toggles(String id) {
        Div row = new Div();
        row.setId(id);
        row.addClassName("fp-toggles");
        return row;
    }

    private static Button toggle(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.addClassName("fp-toggle");
        button.getElement().setAttribute("aria-pressed", "false");
        return button;
    }

    static boolean isOn(Button button) {
        return button.hasClassName("fp-on");
    }

    private static void setOn(Button button, boolean on) {
        button.setClassName("fp-on", on);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
