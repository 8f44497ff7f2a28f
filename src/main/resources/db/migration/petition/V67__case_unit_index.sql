-- A succession recorded after records exist moves the cases of the former unit to its successor's path
-- (petition.internal.UnitPathRefresh): one UPDATE by unit_id. Petitions have ix_petition_matter (unit_id, ...).
CREATE INDEX ix_case_unit ON petition_case (unit_id);
