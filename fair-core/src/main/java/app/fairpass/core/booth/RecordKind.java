package app.fairpass.core.booth;

/** 收到简历 / 达成就业意向 */
public enum RecordKind {
    RESUME, INTENTION
}
