package vn.danvan.reception;

import java.util.Set;
import vn.danvan.system.RuleViolation;

/**
 * A personal identification number (số định danh cá nhân, printed on the CCCD / thẻ căn cước): 12 digits — the code
 * of the province where the birth was registered (3 digits: 0 and the 2-digit catalogue code), a digit for the
 * century and sex, the last two digits of the birth year, then 6 random digits (Thông tư 59/2021/TT-BCA, verify).
 *
 * <p>The province part uses the 63 provinces before the 2025 merger: numbers already issued never change, and
 * the catalogue codes are never reused (Quyết định 19/2025/QĐ-TTg), so the valid prefixes are exactly the former
 * provinces of {@code AdministrativeMap} (the list below; {@code ReceptionIT} checks that they agree).
 */
public record CitizenId(String value) {

    /** Catalogue codes of the 63 provinces and cities before 12/6/2025. */
    static final Set<String> PROVINCE_CODES = Set.of(
            "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25", "26", "27",
            "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54",
            "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75", "77", "79", "80", "82", "83", "84",
            "86", "87", "89", "91", "92", "93", "94", "95", "96");

    public CitizenId {
        RuleViolation problem = problem(value);
        if (problem != null) {
            throw problem;
        }
    }

    /** Reads what a person typed ("001 203 012 345" or "001203012345"); blank means "not given" (null). */
    public static CitizenId parse(String typed) {
        String digits = normalize(typed);
        return digits == null ? null : new CitizenId(digits);
    }

    public static boolean isValid(String typed) {
        String digits = normalize(typed);
        return digits != null && problem(digits) == null;
    }

    /** Spaces, dots and dashes removed; null when nothing was typed. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s.\\-]", "");
        return digits.isEmpty() ? null : digits;
    }

    /** The codes accepted as the first three digits' province part. */
    public static Set<String> provinceCodes() {
        return PROVINCE_CODES;
    }

    /** The 2-digit catalogue code of the province of birth registration. */
    public String provinceCode() {
        return value.substring(1, 3);
    }

    /** The year of birth: the century digit (0–1: 1900s, 2–3: 2000s, 4–5: 2100s …) and two year digits. */
    public int birthYear() {
        int centuryDigit = value.charAt(3) - '0';
        return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(value.substring(4, 6));
    }

    public boolean female() {
        return (value.charAt(3) - '0') % 2 == 1;
    }

    private static RuleViolation problem(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return new RuleViolation("reception.citizenId.format");
        }
        if (value.charAt(0) != '0' || !PROVINCE_CODES.contains(value.substring(1, 3))) {
            return new RuleViolation("reception.citizenId.province", value.substring(0, 3));
        }
        return null;
    }
}
