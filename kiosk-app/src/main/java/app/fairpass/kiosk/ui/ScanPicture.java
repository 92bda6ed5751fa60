package app.fairpass.kiosk.ui;

/** How to scan, drawn: a pass with its QR code held under the scanner window, an arrow pointing down. */
final class ScanPicture {
    static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 200" role="img" aria-hidden="true">
              <rect x="20" y="150" width="200" height="36" rx="8" fill="#1f2937"/>
              <rect x="70" y="158" width="100" height="10" rx="5" fill="#ef4444"/>
              <path d="M120 104 L120 140" stroke="#c8102e" stroke-width="8" stroke-linecap="round"/>
              <path d="M104 126 L120 144 L136 126" fill="none" stroke="#c8102e" stroke-width="8"
                    stroke-linecap="round" stroke-linejoin="round"/>
              <rect x="70" y="8" width="100" height="92" rx="10" fill="#fff" stroke="#1f2937" stroke-width="5"/>
              <g fill="#1f2937">
                <rect x="84" y="20" width="22" height="22"/><rect x="134" y="20" width="22" height="22"/>
                <rect x="84" y="66" width="22" height="22"/><rect x="114" y="50" width="10" height="10"/>
                <rect x="128" y="62" width="10" height="10"/><rect x="144" y="72" width="12" height="12"/>
                <rect x="114" y="76" width="10" height="12"/><rect x="112" y="26" width="10" height="10"/>
              </g>
              <g fill="#fff"><rect x="90" y="26" width="10" height="10"/><rect x="140" y="26" width="10" height="10"/>
                <rect x="90" y="72" width="10" height="10"/></g>
            </svg>
            """;

    private ScanPicture() {
    }
}
