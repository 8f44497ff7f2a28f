-- What the application did by itself (scheduled jobs, start-up data) was recorded as 'system', which is also a valid
-- account username. It is now 'hệ thống (tự động)', which no username can be (a space and parentheses). The earlier
-- rows follow, unless an account named 'system' exists: its actions and the application's cannot be told apart then,
-- and the rows stay as they were rather than be attributed to the wrong one.
UPDATE audit_event SET actor = 'hệ thống (tự động)'
WHERE actor = 'system' AND NOT EXISTS (SELECT 1 FROM app_user WHERE username = 'system')
