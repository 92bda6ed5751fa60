#!/usr/bin/env bash
# Starts CUPS with a cups-pdf virtual queue "BadgePDF" for the printing module's real-print test.
# Run by ./test as root (Debian, no systemd needed), after it installed cups, cups-bsd and printer-driver-cups-pdf.
# Safe to run again: every step checks first.
set -euo pipefail

QUEUE=BadgePDF
OUT_DIR=/var/spool/cups-pdf-fairpass
CONF=/etc/cups/cups-pdf.conf

if [ "$(id -u)" -ne 0 ]; then
    echo "test-setup/cups.sh must run as root" >&2
    exit 1
fi

# cups-pdf writes every job into this folder (owned by the job's user, so keep it world-writable).
mkdir -p "$OUT_DIR"
chmod 1777 "$OUT_DIR"
if grep -qE '^[#[:space:]]*Out[[:space:]]' "$CONF"; then
    sed -i -E "s|^[#[:space:]]*Out[[:space:]].*|Out $OUT_DIR|" "$CONF"
else
    echo "Out $OUT_DIR" >> "$CONF"
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    setsid /usr/sbin/cupsd -f >/dev/null 2>&1 < /dev/null &
fi
for _ in $(seq 1 60); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.5
done
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    echo "cupsd did not start" >&2
    exit 1
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd
fi
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
echo "CUPS queue $QUEUE ready; PDFs land in $OUT_DIR"
