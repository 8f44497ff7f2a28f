-- The petition statistics (PetitionStatistics): the cases of a period are those accepted by its end and not concluded
-- before its start, and the lists behind the figures are ordered by acceptance. Petitions of a period use
-- ix_petition_received (V40).
CREATE INDEX ix_case_accepted ON petition_case (accepted_on);
CREATE INDEX ix_case_concluded ON petition_case (concluded_on);
