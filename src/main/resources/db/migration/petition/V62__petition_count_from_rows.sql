-- petition_case.petition_count is the number of petitions in the case (accepted or attached). Second-instance cases,
-- which are opened without a petition row, were stored with 1: set every count from the rows once.
UPDATE petition_case SET petition_count = (SELECT COUNT(*) FROM petition p WHERE p.case_id = petition_case.id
    AND p.status IN ('ACCEPTED', 'ATTACHED'));
ALTER TABLE petition_case ALTER COLUMN petition_count SET DEFAULT 0;
