-- When a fair was closed: the retention period of its job seekers' personal data runs from then.
ALTER TABLE fair ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
-- Fairs closed before this column existed count as closed on their day.
UPDATE fair SET closed_at = CAST(fair_date AS TIMESTAMP WITH TIME ZONE) WHERE status = 'CLOSED';
