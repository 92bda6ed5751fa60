-- Pairing codes and device credentials are looked up by their hash; each identifies at most one kiosk.
CREATE UNIQUE INDEX kiosk_pairing_code_idx ON kiosk_device (pairing_code_hash);
CREATE UNIQUE INDEX kiosk_token_idx ON kiosk_device (token_hash);
CREATE INDEX check_in_kiosk_idx ON check_in (kiosk_id, checked_in_at);
