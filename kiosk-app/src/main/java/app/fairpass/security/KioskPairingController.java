package app.fairpass.security;

import app.fairpass.core.kiosk.KioskService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pairing form's target: a plain HTTP POST, because the device cookie has to ride on an HTTP response (the
 * kiosk view's own traffic goes over the push connection). Success and failure both go back to the kiosk page.
 */
@Controller
class KioskPairingController {
    static final String PATH = "/kiosk/pair";
    private final KioskService kiosks;

    KioskPairingController(KioskService kiosks) {
        this.kiosks = kiosks;
    }

    @PostMapping(PATH)
    String pair(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response) {
        return kiosks.pair(code).map(paired -> {
            response.addHeader("Set-Cookie",
                    KioskDeviceFilter.deviceCookie(paired.deviceToken(), request.isSecure()).toString());
            return "redirect:/kiosk";
        }).orElse("redirect:/kiosk?pairing=failed");
    }
}
