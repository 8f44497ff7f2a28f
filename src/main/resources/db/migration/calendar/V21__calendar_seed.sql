-- Public holidays of the Labour Code 2012 (Art. 115, in force 01/5/2013) and 2019 (Art. 112, in force 01/01/2021).
INSERT INTO calendar_holiday_rule (name, kind, holiday_month, holiday_day, offset_days, length_days, valid_from, valid_to, legal_basis) VALUES
('Tết Dương lịch',             'FIXED_SOLAR', 1, 1,  0, 1, DATE '2013-05-01', DATE '2020-12-31', 'Bộ luật Lao động 2012, Điều 115'),
('Tết Nguyên Đán',             'LUNAR',       1, 1, -1, 5, DATE '2013-05-01', DATE '2020-12-31', 'Bộ luật Lao động 2012, Điều 115'),
('Giỗ Tổ Hùng Vương',          'LUNAR',       3, 10, 0, 1, DATE '2013-05-01', DATE '2020-12-31', 'Bộ luật Lao động 2012, Điều 115'),
('Ngày Chiến thắng',           'FIXED_SOLAR', 4, 30, 0, 1, DATE '2013-05-01', DATE '2020-12-31', 'Bộ luật Lao động 2012, Điều 115'),
('Ngày Quốc tế Lao động',      'FIXED_SOLAR', 5, 1,  0, 1, DATE '2013-05-01', DATE '2020-12-31', 'Bộ luật Lao động 2012, Điều 115'),
('Quốc khánh',                 'FIXED_SOLAR', 9, 2,  0, 1, DATE '2013-05-01', DATE '2020-12-31', 'Bộ luật Lao động 2012, Điều 115'),
('Tết Dương lịch',             'FIXED_SOLAR', 1, 1,  0, 1, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112'),
('Tết Nguyên Đán',             'LUNAR',       1, 1, -1, 5, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112'),
('Giỗ Tổ Hùng Vương',          'LUNAR',       3, 10, 0, 1, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112'),
('Ngày Chiến thắng',           'FIXED_SOLAR', 4, 30, 0, 1, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112'),
('Ngày Quốc tế Lao động',      'FIXED_SOLAR', 5, 1,  0, 1, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112'),
('Quốc khánh',                 'FIXED_SOLAR', 9, 2,  0, 1, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112'),
-- "02/9 and one day before or after": 1/9 by default; a year that takes 3/9 says so in calendar_day
('Quốc khánh (ngày liền kề)',  'FIXED_SOLAR', 9, 1,  0, 1, DATE '2021-01-01', NULL, 'Bộ luật Lao động 2019, Điều 112');

-- 2026, Thông báo 9441/TB-BNV of the Ministry of Home Affairs (16/10/2025): Tết 14/02–22/02 (statutory 16–20/02);
-- National Day 29/08–02/09, Monday 31/08 swapped against Saturday 22/08 worked.
INSERT INTO calendar_day (calendar_date, kind, reason, legal_basis, source) VALUES
(DATE '2026-02-14', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ (cuối tuần)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-15', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ (cuối tuần)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-16', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-17', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-18', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-19', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-20', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-21', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ (cuối tuần)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-02-22', 'DAY_OFF', 'Tết Nguyên Đán Bính Ngọ (cuối tuần)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-08-22', 'WORKING_DAY', 'Làm bù cho thứ Hai 31/08/2026', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-08-29', 'DAY_OFF', 'Quốc khánh (cuối tuần)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-08-30', 'DAY_OFF', 'Quốc khánh (cuối tuần)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)', 'Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu'),
(DATE '2026-09-02', 'DAY_OFF', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112; Thông báo 9441/TB-BNV', 'Dữ liệu ban đầu');

-- 2025, as widely reported (Tết 25/01–02/02 with Monday 27/01 swapped against Saturday 08/02; 30/4–04/5 with
-- Friday 02/5 swapped against Saturday 26/4); the notices' numbers were not at hand: to be checked.
INSERT INTO calendar_day (calendar_date, kind, reason, legal_basis, source) VALUES
(DATE '2025-01-25', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ (cuối tuần)', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết 2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-01-26', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ (cuối tuần)', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết 2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-01-27', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 08/02/2025)', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết 2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-01-28', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-01-29', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-01-30', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-01-31', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-02-01', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-02-02', 'DAY_OFF', 'Tết Nguyên Đán Ất Tỵ (cuối tuần)', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết 2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-02-08', 'WORKING_DAY', 'Làm bù cho thứ Hai 27/01/2025', 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết 2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-04-26', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/05/2025', 'Thông báo của Bộ Nội vụ về lịch nghỉ 30/4–1/5/2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động', 'Bộ luật Lao động 2019, Điều 112', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', 'Thông báo của Bộ Nội vụ về lịch nghỉ 30/4–1/5/2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-05-03', 'DAY_OFF', 'Nghỉ lễ 30/4–1/5 (cuối tuần)', 'Thông báo của Bộ Nội vụ về lịch nghỉ 30/4–1/5/2025', 'Dữ liệu ban đầu, cần đối chiếu'),
(DATE '2025-05-04', 'DAY_OFF', 'Nghỉ lễ 30/4–1/5 (cuối tuần)', 'Thông báo của Bộ Nội vụ về lịch nghỉ 30/4–1/5/2025', 'Dữ liệu ban đầu, cần đối chiếu');
