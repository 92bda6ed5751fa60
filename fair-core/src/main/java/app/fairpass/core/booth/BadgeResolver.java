package app.fairpass.core.booth;

import app.fairpass.core.pass.CodeCheck;
import app.fairpass.core.pass.PassCode;
import app.fairpass.core.pass.PassService;
import org.springframework.stereotype.Component;

/** Reads what booth staff scanned or typed: a badge's whole QR text, or the short id printed under it. */
@Component
class BadgeResolver {
    private final PassService passes;

    BadgeResolver(PassService passes) {
        this.passes = passes;
    }

    CodeCheck resolve(long fairId, String scanned) {
        if (scanned != null && scanned.length() >= PassCode.LENGTH) {
            return passes.check(scanned, fairId);
        }
        return passes.findByShortId(fairId, scanned == null ? "" : scanned)
                .map(pass -> new CodeCheck(CodeCheck.Verdict.FOUND, pass.code(), pass))
                .orElseGet(() -> new CodeCheck(CodeCheck.Verdict.UNKNOWN, null, null));
    }
}
