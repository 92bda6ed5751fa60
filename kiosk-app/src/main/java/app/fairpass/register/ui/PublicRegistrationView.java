package app.fairpass.register.ui;

import app.fairpass.admin.i18n.LanguageChoice;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.limits.AttemptLimiter;
import app.fairpass.core.limits.Limit;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.HeldPass;
import app.fairpass.core.seeker.RegistrationResult;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerDirectory;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.register.PassDocuments;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /register/<fair id>}: self-registration from a poster's QR code on a phone, for a planned or open fair.
 * Shows the pass QR at once and offers the PDF; the same browser sees its pass again when it reloads the page.
 */
@Route("register")
@AnonymousAllowed
public class PublicRegistrationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    /** Fair ids are positive longs: at most 18 digits always fit. */
    private static final Pattern FAIR_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final FairService fairs;
    private final RegistrationService registrations;
    private final SeekerDirectory directory;
    private final AttemptLimiter limiter;

    public PublicRegistrationView(FairService fairs, RegistrationService registrations, SeekerDirectory directory,
            AttemptLimiter limiter) {
        this.fairs = fairs;
        this.registrations = registrations;
        this.directory = directory;
        this.limiter = limiter;
        setId("register");
        addClassName("fp-register");
    }

    /**
     * The fair id is taken as text: with a number parameter, an address such as {@code /register/abc} would match
     * no route, and Spring Security sends a request for an unknown route to the organisers' sign-in.
     */
    @Override
    public void setParameter(BeforeEvent event, String fairId) {
        startOver();
        Optional<FairInfo> fair = fairId(fairId).flatMap(fairs::find);
        if (fair.isEmpty()) {
            H1 title = new H1(getTranslation("register.no-such-fair.title"));
            title.setId("no-such-fair");
            add(title, new Paragraph(getTranslation("register.no-such-fair.text")));
        } else if (fair.get().status() == FairStatus.CLOSED) {
            Paragraph unavailable = new Paragraph(getTranslation("register.fair-unavailable"));
            unavailable.setId("fair-unavailable");
            add(new H1(getTranslation("register.title")), unavailable);
        } else {
            Optional<HeldPass> registered = registeredHere(fair.get().id()).flatMap(registrations::issuedPass);
            registered.ifPresentOrElse(held -> showPass(fair.get(), held), () -> showForm(fair.get()));
        }
    }

    private static Optional<Long> fairId(String text) {
        return FAIR_ID.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** An empty page but for the language button. */
    private void startOver() {
        removeAll();
        Button language = new Button(getTranslation("common.language.other"),
                click -> LanguageChoice.toggle(UI.getCurrent()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language");
        add(language);
    }

    private void showForm(FairInfo fair) {
        SeekerForm form = new SeekerForm(directory.keyGroups());
        Button submit = new Button(getTranslation("register.submit"));
        submit.setId("register-submit");
        submit.addClassName("fp-big-button");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        submit.addClickListener(click -> form.read().ifPresent(answers -> register(fair, answers)));
        add(new H1(getTranslation("register.title")), fairFacts(fair), form, form.problemSummary(), submit);
    }

    private void register(FairInfo fair, SeekerRegistration answers) {
        // Every attempt counts, a known phone too: otherwise the form would tell, phone by phone, who registered.
        String address = VaadinSession.getCurrent().getBrowser().getAddress();
        if (!limiter.allows(Limit.REGISTRATIONS_PER_ADDRESS, address)) {
            Notification paused = Notification.show(getTranslation("register.paused"), 8000,
                    Notification.Position.MIDDLE);
            paused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        limiter.count(Limit.REGISTRATIONS_PER_ADDRESS, address);
        RegistrationResult result = registrations.register(fair.id(), answers, Channel.ONLINE);
        startOver();
        if (result.outcome() == RegistrationResult.Outcome.FAIR_CLOSED) {
            add(new Paragraph(getTranslation("register.fair-unavailable")));
            return;
        }
        if (result.outcome() == RegistrationResult.Outcome.PHONE_ALREADY_KNOWN) {
            Paragraph known = new Paragraph(getTranslation("register.phone-known"));
            known.setId("phone-known");
            add(new H1(getTranslation("register.title")), fairFacts(fair), known);
            return;
        }
        rememberHere(fair.id(), result.pass().passId());
        showPass(fair, new HeldPass(result.pass(), result.seeker()));
    }

    private void showPass(FairInfo fair, HeldPass held) {
        String code = held.pass().code().text();
        H1 done = new H1(getTranslation("register.done.title"));
        done.setId("register-done");
        Image qr = new Image(download(PassDocuments.qrPng(code), "pass.png", "image/png").inline(), code);
        qr.setId("pass-qr");
        qr.addClassName("fp-pass-qr");
        Span shortId = new Span(held.pass().shortId());
        shortId.setId("pass-short-id");
        shortId.addClassName("fp-pass-short-id");
        byte[] pdf = PassDocuments.passPdf(fair, held.holder().name(), held.pass(), getLocale());
        Anchor pdfLink = new Anchor(download(pdf, "fairpass-pass.pdf", "application/pdf"), AttachmentType.DOWNLOAD,
                getTranslation("register.done.pdf"));
        pdfLink.setId("pass-pdf");
        pdfLink.addClassName("fp-big-link");
        // A shared phone or a help desk's laptop goes on to the next person: the pass is forgotten here first.
        Button another = new Button(getTranslation("register.done.another"), click -> {
            rememberHere(fair.id(), null);
            startOver();
            showForm(fair);
        });
        another.setId("register-another");
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(done, fairFacts(fair), new H2(held.holder().name()),
                new Paragraph(getTranslation("register.done.text")), qr, shortId, pdfLink, another);
    }

    private static InputStreamDownloadHandler download(byte[] content, String fileName, String mediaType) {
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(content),
                fileName, mediaType, content.length));
    }

    /**
     * The pass this browser registered for the fair, kept in its session on the server (never in the page or the
     * address), so that a reload shows the pass again to this browser only.
     */
    private static Optional<Long> registeredHere(long fairId) {
        return Optional.ofNullable((Long) VaadinSession.getCurrent().getAttribute(passAttribute(fairId)));
    }

    private static void rememberHere(long fairId, Long passId) {
        VaadinSession.getCurrent().setAttribute(passAttribute(fairId), passId);
    }

    private static String passAttribute(long fairId) {
        return PublicRegistrationView.class.getName() + ".pass." + fairId;
    }

    private static Paragraph fairFacts(FairInfo fair) {
        Paragraph facts = new Paragraph(fair.name() + " · " + fair.date() + " " + fair.opensAt() + "–"
                + fair.closesAt() + " · " + fair.venue());
        facts.addClassName("fp-fair-facts");
        return facts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.page-title");
    }
}
