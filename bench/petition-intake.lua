-- wrk script of the petition benchmark (bench/petition-bench.sh): POSTs realistic petitions to /api/v1/petitions.
-- Arguments (after "--"): the credentials "user:password", the date received (yyyy-MM-dd, today), the commune ids
-- "87,88,…", and optionally a session cookie "JSESSIONID=…" (sent with the Basic credentials: the server then reuses
-- the signed-in session instead of checking the password with BCrypt on every request).
-- Every request differs: category, field, channel, respondent, content, one or two petitioners (a crowd delegation
-- now and then) with valid CCCD numbers. Non-2xx answers are counted per thread and printed by done().

local units = {}
local authorization, cookie, received

local function base64(s)
    local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return ((s:gsub(".", function(x)
        local r, b = "", x:byte()
        for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
        return r
    end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
        if #x < 6 then return "" end
        local c = 0
        for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
        return chars:sub(c + 1, c + 1)
    end) .. ({ "", "==", "=" })[#s % 3 + 1])
end

local threads = {}

function setup(thread)
    thread:set("thread_no", #threads + 1)
    table.insert(threads, thread)
end

local surnames = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà", "Lò", "Ma", "Nông", "Dương" }
local middles = { "Văn", "Thị", "Đức", "Minh", "Thị Thu", "Quang", "Ngọc", "Hữu" }
local givens = { "An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Sơn", "Thảo", "Tuấn", "Yến" }
local hamlets = { "xóm Đồng Bẩm", "xóm Nam Đồng", "tổ dân phố 5", "thôn Khuôn Ngàn", "xóm Gò Móc", "tổ 12", "thôn Nà Làng" }
local matters = {
    { "LAND", "UBND xã", "Đề nghị xem xét lại việc thu hồi đất nông nghiệp để làm đường liên xã, mức bồi thường chưa thỏa đáng" },
    { "LAND", "Văn phòng đăng ký đất đai", "Chậm cấp giấy chứng nhận quyền sử dụng đất dù đã nộp đủ hồ sơ từ lâu" },
    { "ENVIRONMENT", "Công ty TNHH khai thác khoáng sản", "Xe chở quặng gây bụi, ô nhiễm nguồn nước sinh hoạt của các hộ dân" },
    { "CONSTRUCTION", "UBND phường", "Công trình xây dựng lấn chiếm hành lang an toàn giao thông chưa được xử lý" },
    { "SOCIAL_POLICY", "Phòng Văn hóa - Xã hội", "Đề nghị xem xét chế độ trợ cấp cho người có công với cách mạng" },
    { "ADMINISTRATION", "Bộ phận một cửa", "Thái độ của công chức khi tiếp nhận hồ sơ hành chính chưa đúng mực" },
    { "PARTY_AND_CADRES", "Cán bộ địa chính xã", "Cán bộ có dấu hiệu nhũng nhiễu khi giải quyết thủ tục chuyển mục đích sử dụng đất" },
    { "FINANCE", "Hợp tác xã nông nghiệp", "Việc thu, chi các khoản đóng góp của xã viên không công khai" },
    { "JUSTICE", "Chi cục Thi hành án dân sự", "Chậm tổ chức thi hành bản án đã có hiệu lực pháp luật" },
}
local tails = { "Sự việc kéo dài nhiều năm.", "Đề nghị cơ quan có thẩm quyền xem xét, giải quyết dứt điểm.",
                "Kèm theo đơn là bản sao giấy tờ liên quan.", "Đề nghị được đối thoại trực tiếp với lãnh đạo." }
local categories = { "COMPLAINT", "COMPLAINT", "COMPLAINT", "COMPLAINT", "DENUNCIATION", "DENUNCIATION",
                     "RECOMMENDATION", "RECOMMENDATION", "RECOMMENDATION", "FEEDBACK" }
local channels = { "IN_PERSON", "POST", "ONLINE", "TRANSFERRED" }
local provinces = { "019", "019", "019", "006", "008", "001" }

function init(args)
    authorization = "Basic " .. base64(args[1] or "tiepdan:demo")
    received = args[2]
    for id in string.gmatch(args[3] or "", "%d+") do units[#units + 1] = id end
    cookie = args[4]
    math.randomseed(os.time() * 100 + (thread_no or 0))
    non2xx = 0
    errors = ""
    sent = 0
end

local function pick(list) return list[math.random(#list)] end

-- the CCCD: 0 + a former province's code, the century and gender digit, two digits of the birth year, six digits
local function citizen_id()
    local year = 1950 + math.random(0, 54)
    local century = (year >= 2000 and 2 or 0) + math.random(0, 1)
    return string.format("%s%d%02d%06d", pick(provinces), century, year % 100, math.random(0, 999999))
end

local function person(place, representative)
    return string.format('{"fullName":"%s %s %s","address":"%s, %s","idNumber":"%s","phone":"09%08d","representative":%s}',
        pick(surnames), pick(middles), pick(givens), pick(hamlets), place, citizen_id(), math.random(0, 99999999),
        representative and "true" or "false")
end

function request()
    sent = sent + 1
    local matter = pick(matters)
    local category = pick(categories)
    local channel = pick(channels)
    local unit = #units > 0 and pick(units) or nil
    local place = "tỉnh Thái Nguyên"
    local crowd = channel == "IN_PERSON" and math.random(40) == 1
    local people = {}
    local n = crowd and 3 or (math.random(5) == 1 and 2 or 1)
    for i = 1, n do people[i] = person(place, crowd) end
    local body = string.format('{"channel":"%s","sourceAgency":%s,"category":"%s","field":"%s","receivedOn":"%s",'
        .. '"unitId":%s,"respondent":"%s","content":"%s %s (đơn số %d-%d)","crowd":%s,"crowdSize":%s,'
        .. '"severalPlaces":false,"petitioners":[%s]}',
        channel, channel == "TRANSFERRED" and '"Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"' or "null",
        category, matter[1], received, unit or "null", matter[2], matter[3], pick(tails), thread_no or 0, sent,
        crowd and "true" or "false", crowd and tostring(math.random(5, 30)) or "null", table.concat(people, ","))
    local headers = { ["Content-Type"] = "application/json", ["Authorization"] = authorization, ["Accept"] = "application/json" }
    if cookie and cookie ~= "" then headers["Cookie"] = cookie end
    return wrk.format("POST", "/api/v1/petitions", headers, body)
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
        if #errors < 300 then errors = errors .. status .. " " .. string.sub(body or "", 1, 200) .. "\n" end
    end
end

function done(summary, latency, requests)
    local bad, sample = 0, ""
    for _, thread in ipairs(threads) do
        bad = bad + (thread:get("non2xx") or 0)
        if sample == "" then sample = thread:get("errors") or "" end
    end
    io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, bad,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
    if sample ~= "" then io.write("first non-2xx answers:\n" .. sample) end
end
