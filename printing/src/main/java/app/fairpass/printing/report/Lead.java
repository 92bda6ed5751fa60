package app.fairpass.printing.report;

import java.time.LocalTime;

/**
 * One booth record as the employer may see it: only fields the job seeker agreed to share.
 *
 * @param optionalLine position sought or major, or null
 * @param position     the position it concerns, or null
 * @param rating       the employer's 1–5 rating, or null
 * @param note         the employer's note, or null
 */
public record Lead(String shortPassId, String name, String optionalLine, LeadKind kind, String position,
                   LocalTime time, Integer rating, String note) {
}
