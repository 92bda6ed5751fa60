package app.fairpass.api;

import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInResult;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.FairStatsService;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small JSON API for hardware scanners and other systems: the same services and outcomes as the screens.
 * Expected outcomes (an unknown pass, an already checked-in one) are answered 200 with their outcome; only a
 * malformed request is a 4xx.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class DeviceApi {
    private final CheckInService checkIns;
    private final BoothRecordService booth;
    private final FairStatsService stats;

    DeviceApi(CheckInService checkIns, BoothRecordService booth, FairStatsService stats) {
        this.checkIns = checkIns;
        this.booth = booth;
        this.stats = stats;
    }

    /** A scan at the calling kiosk; the kiosk is the authenticated device, never a field of the request. */
    @PostMapping("/check-ins")
    CheckInAnswer checkIn(@RequestBody CheckInBody body) {
        KioskPrincipal kiosk = KioskPrincipal.current()
                .orElseThrow(() -> new AccessDeniedException("check-ins come from a paired kiosk"));
        CheckInResult result = checkIns.checkIn(new CheckInRequest(kiosk.kioskId(), body.code(), body.nonce(),
                body.deviceTime()));
        return CheckInAnswer.of(result);
    }

    @PostMapping("/booth-records")
    BoothRecordResult boothRecord(@RequestBody BoothRecordBody body) {
        return booth.record(new BoothRecordCommand(body.fairId(), body.badge(), body.kind(), body.positionId(),
                body.note(), body.rating(), body.nonce()));
    }

    @GetMapping("/fairs/{fairId}/figures")
    FairFigures figures(@PathVariable long fairId) {
        return stats.figures(fairId);
    }

    record CheckInBody(String code, String nonce, Instant deviceTime) {
    }

    record BoothRecordBody(long fairId, String badge, RecordKind kind, Long positionId, String note, Integer rating,
            String nonce) {
    }

    /** What a scanner needs to show: the outcome, whose pass (name only), and when they first came in. */
    record CheckInAnswer(String outcome, String shortId, String name, Instant firstAt, String firstKiosk,
            String otherFair) {

        static CheckInAnswer of(CheckInResult result) {
            return new CheckInAnswer(result.outcome().name(), result.pass() == null ? null : result.pass().shortId(),
                    result.seeker() == null ? null : result.seeker().name(), result.firstAt(), result.firstKiosk(),
                    result.otherFairName());
        }
    }
}
