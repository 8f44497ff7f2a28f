package vn.danvan.petition;

import java.util.Set;
import vn.danvan.system.RuleViolation;

/**
 * The citizen identity number (số định danh cá nhân, on the CCCD): 12 digits — the code of the province where the
 * birth was registered (3 digits: "0" + the 2-digit code of one of the 63 provinces in force before the 2025
 * merger), the gender and century digit, the last two digits of the birth year, then 6 random digits
 * (Thông tư 59/2021/TT-BCA, to verify). Pure: the valid province codes are passed in.
 */
public final class CitizenId {

    private CitizenId() {
    }

    /** Spaces and dots people type between groups are dropped. */
    public static String normalize(String input) {
        return input == null ? "" : input.replaceAll("[\\s.\\-]", "");
    }

    /**
     * Checks a number and answers it normalized; a wrong one is refused with the reason.
     *
     * @param formerProvinceCodes the 2-digit codes of the 63 provinces ("01" … "96")
     * @param currentYear         a birth year after it is impossible
     */
    public static String check(String input, Set<String> formerProvinceCodes, int currentYear) {
        String value = normalize(input);
        if (!value.matches("\\d{12}")) {
            throw new RuleViolation("petition.citizenId.format", input == null ? "" : input.strip());
        }
        String province = value.substring(0, 3);
        if (province.charAt(0) != '0' || !formerProvinceCodes.contains(province.substring(1))) {
            throw new RuleViolation("petition.citizenId.province", value, province);
        }
        int birthYear = birthYear(value);
        if (birthYear > currentYear || birthYear < currentYear - 130) {
            throw new RuleViolation("petition.citizenId.birthYear", value, String.valueOf(birthYear));
        }
        return value;
    }

    /** Gender/century digit: 0–1 → 1900s, 2–3 → 2000s, 4–5 → 2100s, 6–7 → 2200s, 8–9 → 1800s. */
    public static int birthYear(String value) {
        int digit = value.charAt(3) - '0';
        int century = switch (digit / 2) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        return century + Integer.parseInt(value.substring(4, 6));
    }
}
