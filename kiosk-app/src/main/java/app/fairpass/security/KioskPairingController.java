package app.fairpass.security;

import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.limits.AttemptLimiter;
import app.fairpass.core.limits.Limit;
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
    private final AttemptLimiter limiter;

    KioskPairingController(KioskService kiosks, AttemptLimiter limiter) {
        this.kiosks = kiosks;
        this.limiter = limiter;
    }

    @PostMapping(PATH)
    String pair(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response) {
        String address = request.getRemoteAddr();
        if (!limiter.allows(Limit.PAIRING_PER_ADDRESS, address)) {
            return "redirect:/kiosk?pairing=paused";
        }
        return kiosks.pair(code).map(paired -> {
            response.addHeader("Set-Cookie",
                    KioskDeviceFilter.deviceCookie(paired.deviceToken(), request.isSecure()).toString());
            return "redirect:/kiosk";
        }).orElseGet(() -> {
            limiter.count(Limit.PAIRING_PER_ADDRESS, address);
            return "redirect:/kiosk?pairing=failed";
        });
    }
}
