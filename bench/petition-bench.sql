-- A province-year of petitions for the petition benchmark (bench/petition-bench.sh, issue 5), generated in SQL on a
-- database the application has migrated and filled with its demo data (danvan.demo=true): the demo province's
-- communes, organizations and accounts. Run with psql -v petitions=N (default 1,000,000); prints key=value lines.
--
-- Every NOT NULL column is filled the way the application fills it (Petitions.receive / classify, Cases.open and the
-- workflow actions):
--   petitions   received over the 12 months up to today, spread unevenly over the communes (and the province level),
--               receiving organizations (Ban Tiếp công dân tỉnh, the commune's People's Committee, departments),
--               categories, fields and channels; tracking codes valid (Crockford base 32 + Luhn mod 32 check);
--               classify rule and due date (working days) as the legal_rule rows valid on the day;
--               status: recent ones often still RECEIVED; ~70 % in cases (ACCEPTED, or ATTACHED as a duplicate of an
--               earlier petition on the same matter from the same person), the rest TRANSFERRED / GUIDED / ARCHIVED
--               (anonymous denunciations archived); search_text folded as VietnameseText.searchText does
--   petitioners one or two (a crowd delegation: three representatives); for a denunciation only the *_enc columns
--               (opaque 'v1:…' placeholders, which this key cannot decrypt) and the blind indexes are filled
--   cases       one per accepted petition: RESOLVE rule valid on the acceptance day, due date (calendar days, an end on
--               a day off moved to the next working day), status from the age: concluded / notified / closed (some
--               late, satisfaction recorded), open in time, open and overdue (about 15 % of the open ones), suspended;
--               case_handler (tiepdan), case_transition (ACCEPT, ASSIGN, SUSPEND, ATTACH_PETITION, CONCLUDE, NOTIFY,
--               CLOSE) and case_clock_event (START, PAUSE, STOP) rows consistent with it
-- Approximations, stated: the working calendar is weekends + calendar_day rows + the fixed solar holidays (the lunar
-- holidays of the period are calendar_day rows); conclusions name no registered document (conclusion_document_id
-- NULL, the summary is filled); no audit rows and no reception visits are generated.
--
-- Pseudo-random values come from hashint8 of the row number, so the same N gives the same data on every run.
\set ON_ERROR_STOP on
\if :{?petitions}
\else
\set petitions 1000000
\endif

SET client_min_messages = warning;
SET synchronous_commit = off;
-- the rows are generated consistent: skip the foreign-key triggers during the load (superuser, this session only)
SET session_replication_role = replica;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';
SET max_parallel_workers_per_gather = 0;
-- JIT compiling these one-off statements' large expressions costs more than it saves
SET jit = off;
-- the work tables are temporary: keep them in memory
SET temp_buffers = '2GB';

-- uniform in [0, 1) from (row, stream)
CREATE FUNCTION pg_temp.r(g bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8(g * 131 + k) & 2147483647)::float8 / 2147483648.0 $$;

-- VietnameseText.fold: lower case without diacritics, đ as d (the generated texts are NFC and single-spaced)
CREATE FUNCTION pg_temp.fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT lower(translate(t,
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD')) $$;

-- TrackingCode: 10 characters of Crockford base 32 (50 bits: 30 hashed, 20 from the petition id, so that the codes of
-- 1,048,576 consecutive ids cannot collide) and the Luhn mod 32 check character
CREATE FUNCTION pg_temp.c32(x bigint, i int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((x >> (5 * (9 - i))) & 31)::int $$;
CREATE FUNCTION pg_temp.luhn(v int, doubled boolean) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN doubled THEN (2 * v) / 32 + (2 * v) % 32 ELSE v END $$;
CREATE FUNCTION pg_temp.code_bits(g bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((hashint8(g * 977)::bigint & 1073741823) << 20) | ((g & 1048575) # (hashint8(hashint8(g * 977)::bigint & 1073741823)::bigint & 1048575)) $$;
CREATE FUNCTION pg_temp.code_of(x bigint, a text DEFAULT '0123456789ABCDEFGHJKMNPQRSTVWXYZ') RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT substr(a, pg_temp.c32(x, 0) + 1, 1) || substr(a, pg_temp.c32(x, 1) + 1, 1) || substr(a, pg_temp.c32(x, 2) + 1, 1) || substr(a, pg_temp.c32(x, 3) + 1, 1) || substr(a, pg_temp.c32(x, 4) + 1, 1)
        || substr(a, pg_temp.c32(x, 5) + 1, 1) || substr(a, pg_temp.c32(x, 6) + 1, 1) || substr(a, pg_temp.c32(x, 7) + 1, 1) || substr(a, pg_temp.c32(x, 8) + 1, 1) || substr(a, pg_temp.c32(x, 9) + 1, 1)
        || substr(a, (32 - (pg_temp.luhn(pg_temp.c32(x, 0), FALSE) + pg_temp.luhn(pg_temp.c32(x, 1), TRUE) + pg_temp.luhn(pg_temp.c32(x, 2), FALSE) + pg_temp.luhn(pg_temp.c32(x, 3), TRUE) + pg_temp.luhn(pg_temp.c32(x, 4), FALSE)
                                     + pg_temp.luhn(pg_temp.c32(x, 5), TRUE) + pg_temp.luhn(pg_temp.c32(x, 6), FALSE) + pg_temp.luhn(pg_temp.c32(x, 7), TRUE) + pg_temp.luhn(pg_temp.c32(x, 8), FALSE) + pg_temp.luhn(pg_temp.c32(x, 9), TRUE)) % 32) % 32 + 1, 1) $$;

CREATE TEMP TABLE pb_ref AS
SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today,
       (SELECT id FROM app_user WHERE username = 'tiepdan') AS handler_id,
       (SELECT id FROM app_user WHERE username = 'lanhdao') AS leader_id,
       (SELECT id FROM organization WHERE code = 'TN-BTCD') AS board_id,
       (SELECT path FROM organization WHERE code = 'TN-BTCD') AS board_path,
       (SELECT unit_id FROM organization WHERE code = 'TN-UBND') AS province_id,
       (SELECT u.rollup_path FROM admin_unit u JOIN organization o ON o.unit_id = u.id WHERE o.code = 'TN-UBND') AS province_path,
       (SELECT COALESCE(max(id), 0) FROM petition) AS petition_base,
       (SELECT COALESCE(max(id), 0) FROM petition_case) AS case_base,
       (SELECT COALESCE(max(id), 0) FROM petitioner) AS petitioner_base;

-- where matters arise: the communes in force of the demo province (idx 1 … n, the first ones busier), idx 0 the province
CREATE TEMP TABLE pb_unit AS
SELECT row_number() OVER (ORDER BY u.id) AS idx, u.id, u.code, u.name, u.rollup_path,
       regexp_replace(u.name, '^(Xã|Phường) ', '') AS short_name, o.id AS org_id, o.path AS org_path
FROM admin_unit u CROSS JOIN pb_ref
LEFT JOIN organization o ON o.code = 'UBX-' || u.code AND o.valid_to IS NULL
WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL AND u.rollup_path LIKE pb_ref.province_path || '%';
INSERT INTO pb_unit
SELECT 0, u.id, u.code, u.name, u.rollup_path, regexp_replace(u.name, '^Tỉnh ', ''), NULL, NULL
FROM admin_unit u, pb_ref WHERE u.id = pb_ref.province_id;
SELECT count(*) - 1 AS communes, count(*) > 1 AS has_communes FROM pb_unit \gset
\if :has_communes
\else
\echo 'No commune in the demo province: start the application with danvan.demo=true first.'
SELECT 1 / 0;
\endif

-- the province's departments that also receive petitions directly
CREATE TEMP TABLE pb_dept AS
SELECT row_number() OVER (ORDER BY code) - 1 AS idx, id, path FROM organization
WHERE code IN ('TN-TTR', 'TN-SNNMT', 'TN-SNV', 'TN-UBND');

-- matters: field, respondent, content (the demo generator's, and more)
CREATE TEMP TABLE pb_matter (idx int, field text, respondent text, content text);
INSERT INTO pb_matter VALUES
(0, 'LAND', 'UBND', 'Đề nghị xem xét lại việc thu hồi đất nông nghiệp để làm đường liên xã, mức bồi thường chưa thỏa đáng'),
(1, 'LAND', 'Văn phòng đăng ký đất đai', 'Chậm cấp giấy chứng nhận quyền sử dụng đất dù đã nộp đủ hồ sơ từ lâu'),
(2, 'LAND', 'Hộ gia đình liền kề', 'Tranh chấp ranh giới thửa đất, đã hòa giải ở thôn nhưng không thành'),
(3, 'LAND', 'Trung tâm phát triển quỹ đất', 'Khiếu nại quyết định phê duyệt phương án bồi thường, hỗ trợ, tái định cư khi thu hồi đất'),
(4, 'ENVIRONMENT', 'Công ty TNHH khai thác khoáng sản', 'Xe chở quặng gây bụi, ô nhiễm nguồn nước sinh hoạt của các hộ dân'),
(5, 'ENVIRONMENT', 'Cơ sở chăn nuôi lợn tập trung', 'Nước thải chăn nuôi xả thẳng ra suối, gây mùi hôi ảnh hưởng đời sống nhân dân'),
(6, 'CONSTRUCTION', 'UBND', 'Công trình xây dựng lấn chiếm hành lang an toàn giao thông chưa được xử lý'),
(7, 'CONSTRUCTION', 'Ban quản lý dự án', 'Thi công đường giao thông làm nứt tường nhà dân, chưa được khắc phục'),
(8, 'SOCIAL_POLICY', 'Phòng Văn hóa - Xã hội', 'Đề nghị xem xét chế độ trợ cấp cho người có công với cách mạng'),
(9, 'SOCIAL_POLICY', 'Bảo hiểm xã hội', 'Chậm giải quyết chế độ hưu trí, trợ cấp một lần cho người lao động'),
(10, 'ADMINISTRATION', 'Bộ phận một cửa', 'Thái độ của công chức khi tiếp nhận hồ sơ hành chính chưa đúng mực'),
(11, 'PARTY_AND_CADRES', 'Cán bộ địa chính', 'Cán bộ có dấu hiệu nhũng nhiễu khi giải quyết thủ tục chuyển mục đích sử dụng đất'),
(12, 'PARTY_AND_CADRES', 'Trưởng thôn', 'Việc bình xét hộ nghèo không công khai, có dấu hiệu thiên vị người nhà'),
(13, 'FINANCE', 'Hợp tác xã nông nghiệp', 'Việc thu, chi các khoản đóng góp của xã viên không công khai'),
(14, 'JUSTICE', 'Chi cục Thi hành án dân sự', 'Chậm tổ chức thi hành bản án đã có hiệu lực pháp luật'),
(15, 'OTHER', 'Trường tiểu học', 'Đề nghị làm rõ các khoản thu đầu năm học ngoài quy định');

-- the words, and their folded forms: fold works character by character, so the folded text of a petition is put together
-- from folded pieces instead of folding a million texts
CREATE TEMP TABLE pb_words (kind text, idx int, word text);
INSERT INTO pb_words
SELECT 'surname', i - 1, w FROM unnest(ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hà', 'Lò', 'Ma', 'Nông', 'Dương', 'Triệu', 'Lường']) WITH ORDINALITY AS t(w, i)
UNION ALL SELECT 'middle', i - 1, w FROM unnest(ARRAY['Văn', 'Thị', 'Đức', 'Minh', 'Thị Thu', 'Quang', 'Ngọc', 'Hữu', 'Thanh', 'Xuân']) WITH ORDINALITY AS t(w, i)
UNION ALL SELECT 'given', i - 1, w FROM unnest(ARRAY['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Sơn', 'Thảo', 'Tuấn', 'Yến', 'Khánh', 'Toàn']) WITH ORDINALITY AS t(w, i)
UNION ALL SELECT 'hamlet', i - 1, w FROM unnest(ARRAY['xóm Đồng Bẩm', 'xóm Nam Đồng', 'tổ dân phố 5', 'thôn Khuôn Ngàn', 'xóm Gò Móc', 'tổ 12', 'thôn Nà Làng', 'xóm Làng Chè', 'thôn Bản Cái', 'tổ dân phố 3']) WITH ORDINALITY AS t(w, i)
UNION ALL SELECT 'tail', i - 1, w FROM unnest(ARRAY['Sự việc kéo dài nhiều năm, gia đình đã nhiều lần đề nghị nhưng chưa được giải quyết.', 'Đề nghị cơ quan có thẩm quyền xem xét, giải quyết dứt điểm.', 'Kèm theo đơn là bản sao giấy tờ liên quan.', 'Đề nghị được đối thoại trực tiếp với lãnh đạo.', 'Việc này ảnh hưởng đến sản xuất và đời sống của nhiều hộ dân.', 'Đề nghị kiểm tra, xác minh và xử lý nghiêm theo quy định.']) WITH ORDINALITY AS t(w, i);

ALTER TABLE pb_matter ADD COLUMN respondent_f text, ADD COLUMN content_f text;
UPDATE pb_matter SET respondent_f = pg_temp.fold(respondent), content_f = pg_temp.fold(content);
ALTER TABLE pb_unit ADD COLUMN name_f text, ADD COLUMN short_f text;
UPDATE pb_unit SET name_f = pg_temp.fold(name), short_f = pg_temp.fold(short_name);
CREATE TEMP TABLE pb_w AS
SELECT array_agg(word ORDER BY idx) FILTER (WHERE kind = 'surname') AS surname, array_agg(pg_temp.fold(word) ORDER BY idx) FILTER (WHERE kind = 'surname') AS surname_f,
       array_agg(word ORDER BY idx) FILTER (WHERE kind = 'middle') AS middle, array_agg(pg_temp.fold(word) ORDER BY idx) FILTER (WHERE kind = 'middle') AS middle_f,
       array_agg(word ORDER BY idx) FILTER (WHERE kind = 'given') AS given, array_agg(pg_temp.fold(word) ORDER BY idx) FILTER (WHERE kind = 'given') AS given_f,
       array_agg(word ORDER BY idx) FILTER (WHERE kind = 'hamlet') AS hamlet, array_agg(pg_temp.fold(word) ORDER BY idx) FILTER (WHERE kind = 'hamlet') AS hamlet_f,
       array_agg(word ORDER BY idx) FILTER (WHERE kind = 'tail') AS tail, array_agg(pg_temp.fold(word) ORDER BY idx) FILTER (WHERE kind = 'tail') AS tail_f
FROM pb_words;

-- the working calendar of the period (SlaClock's counting, approximated as stated above)
CREATE TEMP TABLE pb_day AS
SELECT d::date AS day,
       COALESCE((SELECT c.kind = 'WORKING_DAY' FROM calendar_day c WHERE c.calendar_date = d::date),
                extract(isodow FROM d) < 6 AND to_char(d, 'MM-DD') NOT IN ('01-01', '04-30', '05-01', '09-01', '09-02')) AS working
FROM pb_ref, generate_series(pb_ref.today - 400, pb_ref.today + 400, interval '1 day') d;
ALTER TABLE pb_day ADD COLUMN wd int;
UPDATE pb_day SET wd = x.wd FROM (SELECT day, count(*) FILTER (WHERE working) OVER (ORDER BY day) AS wd FROM pb_day) x WHERE x.day = pb_day.day;
-- next_working: the day itself when working, else the next working day; wd_day: the working day with that count
CREATE TEMP TABLE pb_cal AS
SELECT d.day, d.wd, (SELECT min(n.day) FROM pb_day n WHERE n.day >= d.day AND n.working) AS next_working FROM pb_day d;
CREATE UNIQUE INDEX ON pb_cal (day);
CREATE TEMP TABLE pb_wd AS SELECT wd, min(day) FILTER (WHERE working) AS day FROM pb_day GROUP BY wd;
CREATE UNIQUE INDEX ON pb_wd (wd);
-- the legal_rule rows valid on each day: CLASSIFY (a denunciation's own, or ANY) and RESOLVE per category and variant
CREATE TEMP TABLE pb_rule AS
SELECT d.day, k.step, k.category, k.variant, l.id, l.limit_days, l.legal_source
FROM pb_cal d
CROSS JOIN (VALUES ('CLASSIFY', 'DENUNCIATION', 'NORMAL'), ('CLASSIFY', 'ANY', 'NORMAL'),
                   ('RESOLVE', 'COMPLAINT', 'NORMAL'), ('RESOLVE', 'COMPLAINT', 'COMPLEX'), ('RESOLVE', 'DENUNCIATION', 'NORMAL'),
                   ('RESOLVE', 'DENUNCIATION', 'COMPLEX'), ('RESOLVE', 'RECOMMENDATION', 'NORMAL'), ('RESOLVE', 'FEEDBACK', 'NORMAL')) k(step, category, variant)
CROSS JOIN LATERAL (SELECT l.id, l.limit_days, l.legal_source FROM legal_rule l
                    WHERE l.step = k.step AND l.category = k.category AND l.variant = k.variant
                      AND l.instance_no = CASE k.step WHEN 'CLASSIFY' THEN 0 ELSE 1 END
                      AND l.valid_from <= d.day AND (l.valid_to IS NULL OR l.valid_to >= d.day)
                    ORDER BY l.valid_from DESC LIMIT 1) l;
CREATE UNIQUE INDEX ON pb_rule (day, step, category, variant);
ANALYZE pb_rule;
ANALYZE pb_cal;
ANALYZE pb_wd;

-- 1. the petitions' drawn attributes
CREATE TEMP TABLE pb_p AS
WITH base AS (
    SELECT g,
           CASE WHEN pg_temp.r(g, 1) < 0.40 THEN 'COMPLAINT' WHEN pg_temp.r(g, 1) < 0.60 THEN 'DENUNCIATION'
                WHEN pg_temp.r(g, 1) < 0.90 THEN 'RECOMMENDATION' ELSE 'FEEDBACK' END AS category,
           CASE WHEN pg_temp.r(g, 2) < 0.35 THEN 'IN_PERSON' WHEN pg_temp.r(g, 2) < 0.70 THEN 'POST'
                WHEN pg_temp.r(g, 2) < 0.85 THEN 'ONLINE' ELSE 'TRANSFERRED' END AS channel,
           -- matters arise mostly in the communes, the first ones busier; 4 % at the province level
           CASE WHEN pg_temp.r(g, 3) < 0.04 THEN 0 ELSE 1 + floor(:communes * power(pg_temp.r(g, 4), 1.6))::int END AS unit_idx,
           floor(16 * power(pg_temp.r(g, 5), 1.3))::int AS matter_idx,
           (SELECT today FROM pb_ref) - floor(365 * pg_temp.r(g, 6))::int AS received_on,
           pg_temp.r(g, 7) AS receiving_draw,
           pg_temp.r(g, 8) AS status_draw,
           pg_temp.r(g, 9) AS outcome_draw
    FROM generate_series(1, :petitions) g
)
SELECT b.*, (SELECT petition_base FROM pb_ref) + b.g AS id, pg_temp.code_bits((SELECT petition_base FROM pb_ref) + b.g) AS code_x,
       (b.category = 'DENUNCIATION' AND pg_temp.r(g, 10) < 0.04) AS anonymous,
       (b.channel = 'IN_PERSON' AND b.category IN ('COMPLAINT', 'RECOMMENDATION') AND pg_temp.r(g, 11) < 0.03) AS crowd,
       m.field, m.respondent AS respondent_base, m.content AS matter_content, m.respondent_f AS respondent_base_f,
       m.content_f AS matter_content_f, u.id AS unit_id, u.rollup_path AS unit_path, u.name AS unit_name, u.short_name,
       u.name_f AS unit_name_f, u.short_f,
       CASE WHEN b.receiving_draw < 0.55 OR (u.org_id IS NULL AND b.receiving_draw < 0.85) THEN (SELECT board_id FROM pb_ref)
            WHEN b.receiving_draw < 0.85 THEN u.org_id
            ELSE (SELECT id FROM pb_dept WHERE idx = floor(pg_temp.r(g, 12) * 4)::int) END AS receiving_org_id,
       (SELECT today FROM pb_ref) - b.received_on AS age
FROM base b
JOIN pb_matter m ON m.idx = b.matter_idx
JOIN pb_unit u ON u.idx = LEAST(b.unit_idx, :communes);

ALTER TABLE pb_p ADD COLUMN receiving_org_path text, ADD COLUMN respondent text, ADD COLUMN content text,
    ADD COLUMN respondent_f text, ADD COLUMN content_f text, ADD COLUMN name text, ADD COLUMN name_f text,
    ADD COLUMN code text, ADD COLUMN petitioner_count int, ADD COLUMN status text, ADD COLUMN archive_reason text,
    ADD COLUMN classify_rule_id bigint, ADD COLUMN classify_due date, ADD COLUMN classified_on date,
    ADD COLUMN dup boolean, ADD COLUMN case_idx bigint, ADD COLUMN case_id bigint, ADD COLUMN duplicate_of_id bigint,
    ADD COLUMN person_g bigint;

UPDATE pb_p p SET
    receiving_org_path = o.path,
    respondent = p.respondent_base || ' ' || p.short_name,
    respondent_f = p.respondent_base_f || ' ' || p.short_f,
    content = p.matter_content || ' tại ' || w.hamlet[1 + floor(10 * pg_temp.r(p.g, 13))::int]
              || ', ' || p.unit_name || '. ' || w.tail[1 + floor(6 * pg_temp.r(p.g, 14))::int],
    content_f = p.matter_content_f || ' tai ' || w.hamlet_f[1 + floor(10 * pg_temp.r(p.g, 13))::int]
              || ', ' || p.unit_name_f || '. ' || w.tail_f[1 + floor(6 * pg_temp.r(p.g, 14))::int],
    code = pg_temp.code_of(p.code_x),
    petitioner_count = CASE WHEN p.anonymous THEN 0 WHEN p.crowd THEN 5 + floor(36 * pg_temp.r(p.g, 15))::int
                            WHEN pg_temp.r(p.g, 16) < 0.15 THEN 2 ELSE 1 END,
    classify_rule_id = cr.id,
    -- still to classify: most of the last two weeks' petitions, and a few old ones (overdue for classification);
    -- about 70 % of the others go into cases
    status = CASE WHEN p.anonymous THEN 'ARCHIVED'
                  WHEN p.age <= 14 AND p.status_draw < (14 - p.age) / 14.0 THEN 'RECEIVED'
                  WHEN p.status_draw < 0.004 THEN 'RECEIVED'
                  WHEN p.outcome_draw < 0.70 THEN 'ACCEPTED'
                  WHEN p.outcome_draw < 0.82 THEN 'TRANSFERRED'
                  WHEN p.outcome_draw < 0.88 THEN 'GUIDED'
                  ELSE 'ARCHIVED' END
FROM organization o, pb_w w, pb_rule cr
WHERE o.id = p.receiving_org_id AND cr.day = p.received_on AND cr.step = 'CLASSIFY' AND cr.variant = 'NORMAL'
  AND cr.category = CASE WHEN p.category = 'DENUNCIATION' THEN 'DENUNCIATION' ELSE 'ANY' END;

UPDATE pb_p p SET
    archive_reason = CASE WHEN p.status <> 'ARCHIVED' THEN NULL WHEN p.anonymous THEN 'ANONYMOUS'
                          WHEN p.outcome_draw < 0.94 THEN 'ALREADY_RESOLVED' WHEN p.outcome_draw < 0.97 THEN 'MISSING_CONTENT'
                          ELSE 'OUT_OF_TIME' END,
    classify_due = w.day,
    -- classified within the limit mostly; accepted a few days after receipt
    classified_on = CASE WHEN p.status = 'RECEIVED' THEN NULL
                         ELSE LEAST((SELECT today FROM pb_ref), p.received_on + floor(pg_temp.r(p.g, 17) * LEAST(12, p.age + 1))::int) END,
    -- a repeated petition on a matter already accepted: attached to its case (8 % of the accepted ones)
    dup = p.status = 'ACCEPTED' AND pg_temp.r(p.g, 18) < 0.08
FROM pb_cal c, pb_wd w, pb_rule l
WHERE c.day = p.received_on AND l.day = p.received_on AND l.id = p.classify_rule_id AND l.step = 'CLASSIFY' AND w.wd = c.wd + l.limit_days;

-- a duplicate attaches to the case of the latest earlier accepted petition on the same matter (unit, field,
-- respondent, category); with none, it is accepted itself
WITH ordered AS (
    SELECT g, dup, sum(CASE WHEN dup THEN 0 ELSE 1 END) OVER (PARTITION BY unit_id, matter_idx, category ORDER BY received_on, g
                                                             ROWS UNBOUNDED PRECEDING) AS grp
    FROM pb_p WHERE status = 'ACCEPTED'
)
UPDATE pb_p p SET dup = FALSE FROM ordered o WHERE o.g = p.g AND o.dup AND o.grp = 0;

CREATE TEMP TABLE pb_target AS
WITH ordered AS (
    SELECT g, dup, unit_id, matter_idx, category,
           sum(CASE WHEN dup THEN 0 ELSE 1 END) OVER (PARTITION BY unit_id, matter_idx, category ORDER BY received_on, g
                                                     ROWS UNBOUNDED PRECEDING) AS grp
    FROM pb_p WHERE status = 'ACCEPTED'
)
SELECT d.g, a.g AS target_g
FROM ordered d JOIN ordered a
  ON a.unit_id = d.unit_id AND a.matter_idx = d.matter_idx AND a.category = d.category AND a.grp = d.grp AND NOT a.dup
WHERE d.dup;
CREATE UNIQUE INDEX ON pb_target (g);

-- case numbers of the accepted petitions (not duplicates)
UPDATE pb_p p SET case_idx = x.n
FROM (SELECT g, row_number() OVER (ORDER BY g) AS n FROM pb_p WHERE status = 'ACCEPTED' AND NOT dup) x WHERE x.g = p.g;
UPDATE pb_p p SET case_id = (SELECT case_base FROM pb_ref) + p.case_idx, person_g = p.g WHERE p.case_idx IS NOT NULL;
UPDATE pb_p p SET status = 'ATTACHED', case_id = (SELECT case_base FROM pb_ref) + t.case_idx,
       duplicate_of_id = t.id, person_g = t.g,
       -- the repeated petition came after the case was opened
       classified_on = GREATEST(p.classified_on, t.classified_on)
FROM pb_target d JOIN pb_p t ON t.g = d.target_g WHERE d.g = p.g;
UPDATE pb_p SET person_g = g WHERE person_g IS NULL;
UPDATE pb_p p SET
    name = w.surname[1 + floor(16 * pg_temp.r(p.person_g, 30))::int] || ' ' || w.middle[1 + floor(10 * pg_temp.r(p.person_g, 31))::int]
           || ' ' || w.given[1 + floor(20 * pg_temp.r(p.person_g, 32))::int],
    name_f = w.surname_f[1 + floor(16 * pg_temp.r(p.person_g, 30))::int] || ' ' || w.middle_f[1 + floor(10 * pg_temp.r(p.person_g, 31))::int]
           || ' ' || w.given_f[1 + floor(20 * pg_temp.r(p.person_g, 32))::int]
FROM pb_w w WHERE NOT p.anonymous;
-- a repeated petition comes from the same person; a denunciation's person stays protected either way
UPDATE pb_p p SET petitioner_count = 1 WHERE p.status = 'ATTACHED' AND NOT p.crowd;

-- 2. the cases: rule, due date, status and dates from the acceptance date and the case's age
CREATE TEMP TABLE pb_c AS
SELECT p.case_id AS id, p.g, p.id AS petition_id, p.category, p.field, p.code,
       CASE WHEN p.category IN ('COMPLAINT', 'DENUNCIATION') AND pg_temp.r(p.g, 20) < 0.05 THEN 'COMPLEX' ELSE 'NORMAL' END AS variant,
       left(p.respondent || ': ' || p.content, 197) || CASE WHEN length(p.respondent || ': ' || p.content) > 200 THEN '…'
            ELSE substr(p.respondent || ': ' || p.content, 198) END AS title,
       left(p.respondent_f || ': ' || p.content_f, 197) || CASE WHEN length(p.respondent_f || ': ' || p.content_f) > 200 THEN '…'
            ELSE substr(p.respondent_f || ': ' || p.content_f, 198) END AS title_f,
       p.receiving_org_id AS handling_org_id, p.receiving_org_path AS handling_org_path, p.unit_id, p.unit_path,
       CASE WHEN p.category = 'DENUNCIATION' THEN (SELECT leader_id FROM pb_ref) END AS leader_id,
       p.classified_on AS accepted_on, pg_temp.r(p.g, 21) AS open_draw, pg_temp.r(p.g, 22) AS late_draw,
       pg_temp.r(p.g, 23) AS stage_draw, pg_temp.r(p.g, 24) AS satisfaction_draw
FROM pb_p p WHERE p.case_idx IS NOT NULL;
ALTER TABLE pb_c ADD COLUMN rule_id bigint, ADD COLUMN limit_days int, ADD COLUMN legal_source text, ADD COLUMN due_date date,
    ADD COLUMN status text, ADD COLUMN concluded_on date, ADD COLUMN notified_on date, ADD COLUMN closed_on date,
    ADD COLUMN suspended_on date, ADD COLUMN assigned_on date, ADD COLUMN satisfaction text, ADD COLUMN petition_count int;

UPDATE pb_c c SET rule_id = l.id, limit_days = l.limit_days, legal_source = l.legal_source
FROM pb_rule l WHERE l.day = c.accepted_on AND l.step = 'RESOLVE' AND l.category = c.category AND l.variant = c.variant;
UPDATE pb_c c SET due_date = k.next_working FROM pb_cal k WHERE k.day = c.accepted_on + c.limit_days;

-- open in time: 75 % of the cases whose due date has not passed; open and overdue: 1.1 % of the older ones (about
-- 15 % of the open cases); suspended: 0.4 % of the older ones; the rest concluded, 18 % of them after the due date
UPDATE pb_c c SET status = CASE
        WHEN c.due_date >= r.today AND c.open_draw < 0.75 THEN 'OPEN'
        WHEN c.due_date < r.today AND c.open_draw < 0.011 THEN 'OPEN'
        WHEN c.due_date < r.today AND c.open_draw < 0.015 THEN 'SUSPENDED'
        ELSE 'DONE' END
FROM pb_ref r;
UPDATE pb_c c SET concluded_on = LEAST(r.today, c.accepted_on + GREATEST(1, CASE
        WHEN c.due_date >= r.today THEN floor(c.late_draw * (r.today - c.accepted_on))::int
        WHEN c.late_draw < 0.82 THEN floor((c.due_date - c.accepted_on) * (0.25 + 0.75 * c.late_draw / 0.82))::int
        ELSE (c.due_date - c.accepted_on) + 1 + floor(40 * (c.late_draw - 0.82) / 0.18)::int END))
FROM pb_ref r WHERE c.status = 'DONE';
UPDATE pb_c c SET
    assigned_on = LEAST(COALESCE(c.concluded_on, r.today), c.accepted_on + floor(3 * c.stage_draw)::int),
    suspended_on = CASE WHEN c.status = 'SUSPENDED' THEN LEAST(r.today, c.accepted_on + 5 + floor(20 * c.late_draw)::int) END,
    notified_on = CASE WHEN c.status = 'DONE' AND c.stage_draw >= 0.08 AND c.concluded_on + 2 <= r.today THEN c.concluded_on + 1 + floor(2 * c.satisfaction_draw)::int END
FROM pb_ref r;
UPDATE pb_c c SET
    closed_on = CASE WHEN c.notified_on IS NOT NULL AND c.stage_draw >= 0.25 AND c.notified_on + 5 <= r.today THEN c.notified_on + floor(6 * c.late_draw)::int END
FROM pb_ref r;
UPDATE pb_c c SET
    status = CASE WHEN c.closed_on IS NOT NULL THEN 'CLOSED' WHEN c.notified_on IS NOT NULL THEN 'NOTIFIED' WHEN c.concluded_on IS NOT NULL THEN 'CONCLUDED'
                  WHEN c.status = 'SUSPENDED' THEN 'SUSPENDED' WHEN c.assigned_on < r.today AND c.stage_draw < 0.7 THEN 'VERIFYING' ELSE 'ACCEPTED' END,
    satisfaction = CASE WHEN c.closed_on IS NULL OR c.satisfaction_draw >= 0.95 THEN NULL
                        WHEN c.satisfaction_draw < 0.85 THEN 'SATISFIED' ELSE 'UNSATISFIED' END
FROM pb_ref r;
UPDATE pb_c SET petition_count = 1;
UPDATE pb_c c SET petition_count = 1 + a.n
FROM (SELECT case_id, count(*) AS n FROM pb_p WHERE status = 'ATTACHED' GROUP BY case_id) a WHERE a.case_id = c.id;

-- 3. load, indexes dropped and rebuilt afterwards (one sort per index instead of a million insertions)
CREATE TEMP TABLE pb_index AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = 'public'
  AND tablename IN ('petition', 'petition_case', 'petitioner', 'case_transition', 'case_clock_event', 'case_handler')
  AND indexname NOT IN (SELECT conname FROM pg_constraint);
DO $$ DECLARE i record; BEGIN
    FOR i IN SELECT indexname FROM pb_index LOOP EXECUTE 'DROP INDEX ' || quote_ident(i.indexname); END LOOP;
END $$;

INSERT INTO petition_case (id, category, field, instance_no, parent_case_id, variant, title, handling_org_id, handling_org_path,
    unit_id, unit_path, responsible_leader_id, status, status_before_suspension, accepted_on, rule_id, due_date, due_explanation,
    extensions_used, verification_plan, conclusion_document_id, conclusion_summary, concluded_on, notified_on, closed_on,
    satisfaction, satisfaction_note, satisfaction_source, petition_count, search_text, version, created_at, created_by)
SELECT c.id, c.category, c.field, 1, NULL, c.variant, c.title, c.handling_org_id, c.handling_org_path, c.unit_id, c.unit_path,
       c.leader_id, c.status, CASE WHEN c.status = 'SUSPENDED' THEN 'VERIFYING' END, c.accepted_on, c.rule_id, c.due_date,
       'Bắt đầu tính từ ngày tiếp theo của ngày ' || to_char(c.accepted_on, 'DD/MM/YYYY') || ' (Bộ luật Dân sự 2015, Điều 147); thời hạn '
           || c.limit_days || ' ngày.' || E'\n' || 'Hạn giải quyết: ' || to_char(c.due_date, 'DD/MM/YYYY') || '.',
       0, CASE WHEN c.status <> 'ACCEPTED' THEN 'Xác minh tại địa phương; làm việc với các bên liên quan.' END, NULL,
       CASE WHEN c.concluded_on IS NOT NULL THEN CASE WHEN c.category = 'DENUNCIATION'
            THEN 'Nội dung tố cáo đúng một phần; kiến nghị kiểm điểm trách nhiệm cán bộ liên quan.'
            ELSE 'Giữ nguyên nội dung quyết định bị khiếu nại, giải thích cho người khiếu nại.' END END,
       c.concluded_on, c.notified_on, c.closed_on, c.satisfaction,
       CASE WHEN c.satisfaction = 'UNSATISFIED' THEN 'Công dân chưa đồng ý với kết quả' END,
       CASE WHEN c.satisfaction IS NOT NULL THEN 'HANDLER' END,
       c.petition_count, c.title_f, CASE WHEN c.status = 'ACCEPTED' THEN 0 ELSE 1 END
           + CASE WHEN c.concluded_on IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN c.notified_on IS NOT NULL THEN 1 ELSE 0 END
           + CASE WHEN c.closed_on IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN c.status = 'SUSPENDED' THEN 1 ELSE 0 END,
       (c.accepted_on + time '08:00' + make_interval(mins => (c.g % 540)::int)) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'tiepdan'
FROM pb_c c;

INSERT INTO petition (id, tracking_code, channel, source_agency, category, field, received_on, receiving_org_id, receiving_org_path,
    unit_id, unit_path, respondent, respondent_key, content, crowd, petitioner_count, named, protected_identity, visit_id, status,
    classify_rule_id, classify_due, classified_on, classified_by, outcome_reason, archive_reason, transfer_org_id, transfer_org_name,
    transfer_slip_no, case_id, duplicate_of_id, search_text, version, created_at, created_by)
SELECT p.id, p.code, p.channel, CASE WHEN p.channel = 'TRANSFERRED' THEN 'Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh' END,
       p.category, p.field, p.received_on, p.receiving_org_id, p.receiving_org_path, p.unit_id, p.unit_path, p.respondent,
       p.respondent_f, p.content, p.crowd, p.petitioner_count, NOT p.anonymous, p.category = 'DENUNCIATION', NULL,
       p.status, p.classify_rule_id, p.classify_due, p.classified_on, CASE WHEN p.classified_on IS NOT NULL THEN 'tiepdan' END,
       CASE p.status WHEN 'ATTACHED' THEN 'Đơn trùng nội dung đã thụ lý' WHEN 'TRANSFERRED' THEN 'Không thuộc thẩm quyền'
            WHEN 'GUIDED' THEN 'Hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền giải quyết' END,
       p.archive_reason, NULL,
       CASE WHEN p.status = 'TRANSFERRED' THEN CASE WHEN p.field = 'JUSTICE' THEN 'Cục Thi hành án dân sự tỉnh Thái Nguyên'
            ELSE 'Sở Tài chính tỉnh Thái Nguyên' END END,
       CASE WHEN p.status = 'TRANSFERRED' THEN 'PCĐ-' || extract(year FROM p.classified_on) || '-' || p.id END,
       p.case_id, p.duplicate_of_id,
       -- Cases.searchText(code, respondent, names, content); a denouncer's name is never in it
       lower(p.code) || ' | ' || p.respondent_f
           || CASE WHEN p.category = 'DENUNCIATION' OR p.anonymous THEN '' ELSE ' | ' || p.name_f END
           || ' | ' || p.content_f,
       CASE WHEN p.classified_on IS NOT NULL THEN 1 ELSE 0 END,
       (p.received_on + time '07:30' + make_interval(mins => (p.g % 570)::int)) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'tiepdan'
FROM pb_p p;

-- petitioners: ordinal 1 is the person of person_g (the same person for a repeated petition), ordinals 2–3 others;
-- a crowd delegation's petitioners are its three representatives
INSERT INTO petitioner (id, petition_id, ordinal, full_name, address, id_number, phone, representative, full_name_enc, address_enc,
    id_number_enc, phone_enc, name_index, id_index)
SELECT (SELECT petitioner_base FROM pb_ref) + row_number() OVER (ORDER BY x.petition_id, x.ordinal), x.petition_id, x.ordinal,
       CASE WHEN x.protected THEN NULL ELSE x.name END, CASE WHEN x.protected THEN NULL ELSE x.address END,
       CASE WHEN x.protected THEN NULL ELSE x.id_number END, CASE WHEN x.protected THEN NULL ELSE x.phone END, x.crowd,
       CASE WHEN x.protected THEN 'v1:' || md5('n' || x.name) || md5(x.name) END,
       CASE WHEN x.protected THEN 'v1:' || md5('a' || x.address) || md5(x.address) END,
       CASE WHEN x.protected THEN 'v1:' || md5('i' || x.id_number) END,
       CASE WHEN x.protected THEN 'v1:' || md5('p' || x.phone) END,
       md5(x.name_f) || md5('n' || x.name_f), md5(x.id_number) || md5('i' || x.id_number)
FROM (
    SELECT p.id AS petition_id, k AS ordinal, p.category = 'DENUNCIATION' AS protected, p.crowd,
           w.surname[1 + floor(16 * pg_temp.r(s.person, 30))::int] || ' ' || w.middle[1 + floor(10 * pg_temp.r(s.person, 31))::int]
               || ' ' || w.given[1 + floor(20 * pg_temp.r(s.person, 32))::int] AS name,
           w.surname_f[1 + floor(16 * pg_temp.r(s.person, 30))::int] || ' ' || w.middle_f[1 + floor(10 * pg_temp.r(s.person, 31))::int]
               || ' ' || w.given_f[1 + floor(20 * pg_temp.r(s.person, 32))::int] AS name_f,
           w.hamlet[1 + floor(10 * pg_temp.r(s.person, 33))::int] || ', ' || p.unit_name AS address,
           -- CCCD: 0 + a former province's code (Thái Nguyên 19, Bắc Kạn 06, Tuyên Quang 08, Hà Nội 01), century and
           -- gender digit, two digits of the birth year (1950–2004), six random digits
           (ARRAY['019', '019', '019', '006', '008', '001'])[1 + floor(6 * pg_temp.r(s.person, 34))::int]
               || ((CASE WHEN s.birth >= 2000 THEN 2 ELSE 0 END) + floor(2 * pg_temp.r(s.person, 35))::int)
               || lpad((s.birth % 100)::text, 2, '0') || lpad(floor(1000000 * pg_temp.r(s.person, 36))::int::text, 6, '0') AS id_number,
           '09' || lpad(floor(100000000 * pg_temp.r(s.person, 37))::int::text, 8, '0') AS phone
    FROM pb_p p CROSS JOIN pb_w w
    CROSS JOIN LATERAL generate_series(1, LEAST(p.petitioner_count, 3)) k
    CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN p.person_g ELSE -(p.g * 4 + k) END AS person) s0
    CROSS JOIN LATERAL (SELECT s0.person, 1950 + floor(55 * pg_temp.r(s0.person, 38))::int AS birth) s
    WHERE NOT p.anonymous
) x;

INSERT INTO case_handler (case_id, user_id, assigned_at, assigned_by)
SELECT c.id, r.handler_id, (c.accepted_on + time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'tiepdan' FROM pb_c c, pb_ref r;

INSERT INTO case_transition (case_id, happened_at, actor, action, from_status, to_status, reason)
SELECT t.case_id, (t.day + t.at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'tiepdan', t.action, t.from_status, t.to_status, t.reason
FROM (
    SELECT c.id AS case_id, c.accepted_on AS day, time '09:00' AS at, 'ACCEPT' AS action, NULL AS from_status, 'ACCEPTED' AS to_status,
           'Thụ lý đơn ' || substr(c.code, 1, 5) || '-' || substr(c.code, 6, 5) || '-' || substr(c.code, 11) AS reason
    FROM pb_c c
    UNION ALL
    SELECT c.id, c.assigned_on, time '10:00', 'ASSIGN', 'ACCEPTED', 'VERIFYING', 'Phân công: Vũ Văn Tiếp Dân'
    FROM pb_c c WHERE c.status <> 'ACCEPTED'
    UNION ALL
    SELECT c.id, c.suspended_on, time '14:00', 'SUSPEND', 'VERIFYING', 'SUSPENDED', 'Chờ kết quả giám định của cơ quan chuyên môn'
    FROM pb_c c WHERE c.status = 'SUSPENDED'
    UNION ALL
    SELECT p.case_id, p.classified_on, time '11:00', 'ATTACH_PETITION', 'VERIFYING', 'VERIFYING',
           'Đơn trùng ' || substr(p.code, 1, 5) || '-' || substr(p.code, 6, 5) || '-' || substr(p.code, 11) || ': Đơn trùng nội dung đã thụ lý'
    FROM pb_p p WHERE p.status = 'ATTACHED'
    UNION ALL
    SELECT c.id, c.concluded_on, time '15:00', 'CONCLUDE', 'VERIFYING', 'CONCLUDED',
           CASE WHEN c.category = 'DENUNCIATION' THEN 'Nội dung tố cáo đúng một phần; kiến nghị kiểm điểm trách nhiệm cán bộ liên quan.'
                ELSE 'Giữ nguyên nội dung quyết định bị khiếu nại, giải thích cho người khiếu nại.' END
    FROM pb_c c WHERE c.concluded_on IS NOT NULL
    UNION ALL
    SELECT c.id, c.notified_on, time '16:00', 'NOTIFY', 'CONCLUDED', 'NOTIFIED', 'Gửi quyết định cho người khiếu nại và các bên liên quan'
    FROM pb_c c WHERE c.notified_on IS NOT NULL
    UNION ALL
    SELECT c.id, c.closed_on, time '16:30', 'CLOSE', 'NOTIFIED', 'CLOSED',
           CASE c.satisfaction WHEN 'SATISFIED' THEN 'Đóng hồ sơ; công dân hài lòng' WHEN 'UNSATISFIED' THEN 'Đóng hồ sơ; công dân không hài lòng'
                ELSE 'Đóng hồ sơ' END
    FROM pb_c c WHERE c.closed_on IS NOT NULL
) t
ORDER BY t.case_id, t.day, t.at;

INSERT INTO case_clock_event (case_id, kind, event_on, days, variant, reason, recorded_at, actor)
SELECT e.case_id, e.kind, e.day, NULL, e.variant, e.reason, (e.day + e.at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'tiepdan'
FROM (
    SELECT c.id AS case_id, 'START' AS kind, c.accepted_on AS day, c.variant, c.legal_source AS reason, time '09:00' AS at FROM pb_c c
    UNION ALL
    SELECT c.id, 'PAUSE', c.suspended_on, NULL, 'Chờ kết quả giám định của cơ quan chuyên môn', time '14:00' FROM pb_c c WHERE c.status = 'SUSPENDED'
    UNION ALL
    SELECT c.id, 'STOP', c.concluded_on, NULL, 'Kết luận / quyết định giải quyết', time '15:00' FROM pb_c c WHERE c.concluded_on IS NOT NULL
) e
ORDER BY e.case_id, e.day;

DO $$ DECLARE i record; BEGIN
    FOR i IN SELECT indexdef FROM pb_index LOOP EXECUTE i.indexdef; END LOOP;
END $$;

\o /dev/null
SELECT setval(pg_get_serial_sequence('petition', 'id'), (SELECT max(id) FROM petition));
SELECT setval(pg_get_serial_sequence('petition_case', 'id'), (SELECT max(id) FROM petition_case));
SELECT setval(pg_get_serial_sequence('petitioner', 'id'), (SELECT max(id) FROM petitioner));
\o
SET session_replication_role = origin;

\pset tuples_only on
\pset format unaligned
SELECT 'petitions=' || count(*) FROM petition;
SELECT 'petitioners=' || count(*) FROM petitioner;
SELECT 'cases=' || count(*) FROM petition_case;
SELECT 'in_cases=' || round(100.0 * count(*) FILTER (WHERE status IN ('ACCEPTED', 'ATTACHED')) / count(*), 1) || '%' FROM petition;
SELECT 'attached=' || count(*) FILTER (WHERE status = 'ATTACHED') FROM petition;
SELECT 'open_cases=' || count(*) FILTER (WHERE status IN ('ACCEPTED', 'VERIFYING', 'SUSPENDED')),
       'overdue_cases=' || count(*) FILTER (WHERE status IN ('ACCEPTED', 'VERIFYING') AND due_date < (SELECT today FROM pb_ref)),
       'overdue_share=' || round(100.0 * count(*) FILTER (WHERE status IN ('ACCEPTED', 'VERIFYING') AND due_date < (SELECT today FROM pb_ref))
                                 / NULLIF(count(*) FILTER (WHERE status IN ('ACCEPTED', 'VERIFYING', 'SUSPENDED')), 0), 1) || '%'
FROM petition_case;
SELECT 'transitions=' || count(*) FROM case_transition;
SELECT 'clock_events=' || count(*) FROM case_clock_event;
