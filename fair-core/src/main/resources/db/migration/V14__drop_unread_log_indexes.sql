-- Nothing reads the scan log by kiosk and time, nor the audit log by time (it is read newest id first), yet every
-- check-in wrote both indexes: with H2 each changed index is pages to write at every commit.
DROP INDEX scan_log_kiosk_idx;
DROP INDEX audit_log_at_idx;
