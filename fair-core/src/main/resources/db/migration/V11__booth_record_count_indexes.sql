-- The live dashboard counts a fair's booth records by booth and kind, and its resumes and the people with an
-- intention by kind, each time the fair moves. With these each count reads one range of an index instead of every
-- record of the fair (docs/benchmarks.md, "Live dashboard at scale"). The first replaces the (fair, employer) index,
-- which is its prefix.
CREATE INDEX booth_record_booth_kind_idx ON booth_record (fair_id, employer_id, kind);
CREATE INDEX booth_record_kind_idx ON booth_record (fair_id, kind, job_seeker_id);
DROP INDEX booth_record_employer_idx;
