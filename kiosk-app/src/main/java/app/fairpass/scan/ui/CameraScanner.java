package app.fairpass.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The device camera as a QR scanner: a preview that reads QR codes (ZXing in the browser) and reports each as a
 * {@link ScannedCode}. Hides itself where there is no camera or no permission; the camera is on only while the component is
 * attached.
 */
@Tag("fp-camera-scanner")
@JavaScript("context://js/vendor/zxing-library-0.21.3/index.min.js")
@JavaScript(KeyboardWedge.SCRIPT)
public class CameraScanner extends Component {

    public CameraScanner() {
        addClassName("fp-camera");
    }

    public Registration addScanListener(SerializableConsumer<ScannedCode> listener) {
        return KeyboardWedge.listen(getElement(), listener);
    }
}
