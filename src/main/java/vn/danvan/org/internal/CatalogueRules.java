package vn.danvan.org.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.ImportReport.Message;
import vn.danvan.org.ImportReport.Row;
import vn.danvan.org.ImportReport.Severity;
import vn.danvan.org.ImportReport.Status;
import vn.danvan.org.UnitCode;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitLevel;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * The rules a row of the commune catalogue must follow, checked against the map in force: each row is a
 * commune-level unit in force under the province in force that has its code (Luật 72/2025/QH15: two tiers
 * since 1 July 2025). A unit already in force with the same code, name, kind and province is left as it is; with
 * another name or kind it is renamed; a new code is added. Codes never move between provinces (commune codes
 * do not change in a merger, Quyết định 19/2025/QĐ-TTg), and nothing is ever deleted.
 */
public final class CatalogueRules {

    static final int MAX_NAME_LENGTH = 200;

    private final Map<String, AdministrativeUnit> provincesByCode = new HashMap<>();
    private final Map<Long, AdministrativeUnit> provincesById = new HashMap<>();
    private final Map<String, AdministrativeUnit> communesByCode = new HashMap<>();

    /**
     * @param currentProvinces the provinces in force
     * @param currentCommunes  the commune-level units in force
     */
    public CatalogueRules(Collection<AdministrativeUnit> currentProvinces, Collection<AdministrativeUnit> currentCommunes) {
        currentProvinces.forEach(province -> {
            provincesByCode.put(province.code(), province);
            provincesById.put(province.id(), province);
        });
        currentCommunes.forEach(commune -> communesByCode.put(commune.code(), commune));
    }

    /** A commune to add under a province. */
    public record NewCommune(UnitCode code, String name, UnitKind kind, AdministrativeUnit province) {
    }

    /** A commune in force that gets the name or kind of the file. */
    public record Renaming(AdministrativeUnit unit, String name, UnitKind kind) {
    }

    /** Every row's outcome, and the changes to make when no row has an error. */
    public record Check(List<Row> rows, List<NewCommune> additions, List<Renaming> renamings) {
    }

    public Check check(List<CatalogueLine> lines) {
        Map<String, List<Integer>> rowsByCode = rowsByCode(lines);
        List<Row> rows = new ArrayList<>(lines.size());
        List<NewCommune> additions = new ArrayList<>();
        List<Renaming> renamings = new ArrayList<>();
        for (CatalogueLine line : lines) {
            List<Message> messages = new ArrayList<>();
            communeCodeProblem(line.communeCode()).ifPresent(messages::add);
            duplicateProblem(line, rowsByCode).ifPresent(messages::add);
            nameProblem(line.communeName()).ifPresent(messages::add);
            levelProblem(line.level()).ifPresent(messages::add);
            Optional<Message> provinceProblem = provinceCodeProblem(line.provinceCode());
            provinceProblem.ifPresent(messages::add);
            AdministrativeUnit province = provincesByCode.get(line.provinceCode());
            AdministrativeUnit existing = communesByCode.get(line.communeCode());
            if (province != null) {
                provinceNameMismatch(line.provinceName(), province).ifPresent(messages::add);
                if (existing != null) {
                    moveProblem(existing, province).ifPresent(messages::add);
                }
            }
            Status status;
            if (messages.stream().anyMatch(m -> m.severity() == Severity.ERROR)) {
                status = Status.ERROR;
            } else {
                UnitKind kind = UnitKind.ofCommuneLabel(line.level()).orElseThrow();
                if (existing == null) {
                    status = Status.NEW;
                    additions.add(new NewCommune(new UnitCode(line.communeCode()), line.communeName(), kind, province));
                } else if (isUnchanged(existing, line.communeName(), kind)) {
                    status = Status.UNCHANGED;
                } else {
                    status = Status.UPDATED;
                    messages.add(Message.info("catalogue.row.previously", existing.name(), existing.kind().label()));
                    renamings.add(new Renaming(existing, line.communeName(), kind));
                }
            }
            rows.add(new Row(line.number(), line.communeCode(), line.communeName(), line.level(), line.provinceCode(),
                    status, messages));
        }
        return new Check(rows, additions, renamings);
    }

    /** A commune code is 5 digits; leading zeros count ("00004"). */
    static Optional<Message> communeCodeProblem(String code) {
        if (code.isEmpty()) {
            return Optional.of(Message.error("catalogue.row.communeCode.empty"));
        }
        if (!code.matches("\\d+")) {
            return Optional.of(Message.error("catalogue.row.communeCode.notDigits", code));
        }
        if (!UnitCode.isValid(code, UnitLevel.COMMUNE)) {
            return Optional.of(Message.error("catalogue.row.communeCode.length", code, code.length()));
        }
        return Optional.empty();
    }

    /** A code appears once in a file; every row that repeats it names the others. */
    static Optional<Message> duplicateProblem(CatalogueLine line, Map<String, List<Integer>> rowsByCode) {
        List<Integer> sameCode = rowsByCode.getOrDefault(line.communeCode(), List.of());
        if (line.communeCode().isEmpty() || sameCode.size() < 2) {
            return Optional.empty();
        }
        String others = sameCode.stream().filter(number -> number != line.number())
                .map(number -> VietnameseFormat.number(number)).collect(Collectors.joining(", "));
        return Optional.of(Message.error("catalogue.row.duplicate", line.communeCode(), others));
    }

    static Map<String, List<Integer>> rowsByCode(List<CatalogueLine> lines) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        lines.forEach(line -> rows.computeIfAbsent(line.communeCode(), code -> new ArrayList<>()).add(line.number()));
        return rows;
    }

    static Optional<Message> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of(Message.error("catalogue.row.name.empty"));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of(Message.error("catalogue.row.name.tooLong", MAX_NAME_LENGTH));
        }
        return Optional.empty();
    }

    /** The "Cấp" column says what the unit is: Xã, Phường or Đặc khu (Thị trấn in catalogues before 2025). */
    static Optional<Message> levelProblem(String level) {
        if (level.isEmpty()) {
            return Optional.of(Message.error("catalogue.row.level.empty"));
        }
        if (UnitKind.ofCommuneLabel(level).isEmpty()) {
            return Optional.of(Message.error("catalogue.row.level.unknown", level));
        }
        return Optional.empty();
    }

    /** The province is named by its 2-digit code, and must be one in force (not one merged away in 2025). */
    Optional<Message> provinceCodeProblem(String code) {
        if (code.isEmpty()) {
            return Optional.of(Message.error("catalogue.row.provinceCode.empty"));
        }
        if (!UnitCode.isValid(code, UnitLevel.PROVINCE)) {
            return Optional.of(Message.error("catalogue.row.provinceCode.length", code));
        }
        if (!provincesByCode.containsKey(code)) {
            return Optional.of(Message.error("catalogue.row.provinceCode.unknown", code));
        }
        return Optional.empty();
    }

    /** The code decides; a province name that says otherwise is worth a warning, not a refusal. */
    static Optional<Message> provinceNameMismatch(String givenName, AdministrativeUnit province) {
        if (givenName.isEmpty() || provinceKey(givenName).equals(provinceKey(province.name()))) {
            return Optional.empty();
        }
        return Optional.of(Message.warning("catalogue.row.provinceName.mismatch", givenName, province.code(),
                province.name()));
    }

    /** "Tỉnh Thái Nguyên", "Thái Nguyên" and "THAI NGUYEN" are the same province; so are "TP. Huế" and "Thành phố Huế". */
    static String provinceKey(String name) {
        String key = VietnameseText.fold(name).replaceAll("[^a-z0-9]+", " ").strip();
        for (String prefix : new String[] {"tinh ", "thanh pho ", "tp "}) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    /** A commune code does not move to another province through an import. */
    Optional<Message> moveProblem(AdministrativeUnit existing, AdministrativeUnit province) {
        if (existing.parentId() != null && existing.parentId() == province.id()) {
            return Optional.empty();
        }
        AdministrativeUnit current = existing.parentId() == null ? null : provincesById.get(existing.parentId());
        String currentName = current == null ? "?" : current.name();
        return Optional.of(Message.error("catalogue.row.movesProvince", existing.code(), currentName, province.name()));
    }

    static boolean isUnchanged(AdministrativeUnit existing, String name, UnitKind kind) {
        return existing.name().equals(name) && existing.kind() == kind;
    }
}
