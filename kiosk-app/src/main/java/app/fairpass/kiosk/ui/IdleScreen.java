package app.fairpass.kiosk.ui;

import app.fairpass.scan.ui.CameraScanner;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** Waiting for a pass: the scanner picture, the camera, and the way in for people without a pass. */
class IdleScreen extends KioskScreen {

    IdleScreen(KioskFlow flow, CameraScanner camera) {
        super("fp-idle");
        H1 title = new H1(getTranslation("kiosk.idle.title"));
        title.setId("idle-title");
        Paragraph hint = new Paragraph(getTranslation("kiosk.idle.hint"));
        hint.addClassName("fp-kiosk-hint");
        Div picture = new Div();
        picture.addClassName("fp-kiosk-picture");
        picture.getElement().setProperty("innerHTML", ScanPicture.SVG);
        Div scanArea = new Div(picture, camera);
        scanArea.addClassName("fp-kiosk-scan-area");
        boolean hasFair = flow.kiosk().fair() != null;
        Button walkUp = bigButton("kiosk.walk-up", "walk-up", click -> flow.showWalkUp());
        Button find = bigButton("kiosk.find", "find-pass", click -> flow.showFind(null));
        walkUp.setVisible(hasFair);
        find.setVisible(hasFair);
        Div actions = new Div(walkUp, find);
        actions.addClassName("fp-kiosk-actions");
        add(header(flow.kiosk()), title, hint, scanArea, actions);
    }
}
