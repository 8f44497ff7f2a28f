package vn.danvan.org;

import java.time.LocalDate;
import java.util.Set;
import vn.danvan.system.RuleViolation;

/**
 * A personal identification number (số định danh cá nhân, printed on the CCCD / thẻ căn cước): 12 digits — "0" and
 * the 2-digit catalogue code of the province where the birth was registered, a digit for the century and sex, the
 * last two digits of the birth year, then 6 random digits (Thông tư 59/2021/TT-BCA, to verify).
 *
 * <p>The province part uses the 63 provinces in force before the 2025 merger: numbers already issued never change
 * and catalogue codes are never reused (Quyết định 19/2025/QĐ-TTg), so the valid prefixes are exactly the provinces
 * of the administrative map on {@link #BEFORE_MERGER} ({@link AdministrativeMap#citizenIdProvinceCodes()}). The
 * check itself is pure: the codes and the current year are passed in.
 *
 * <p>It lives here, beside the map its prefixes come from, so that reception and petitions share one rule set.
 */
public final class CitizenId {

    /** The last day of the 63 provinces (the merger took effect on 12/6/2025, Nghị quyết 202/2025/QH15). */
    public static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 6, 11);

    /** Nobody alive was born longer ago than this: an older birth year is a typing error. */
    static final int MAX_AGE = 130;

    private final String value;

    private CitizenId(String value) {
        this.value = value;
    }

    /** Spaces, dots and dashes people type between the groups removed; null when nothing was typed. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s.\\-]", "");
        return digits.isEmpty() ? null : digits;
    }

    /**
     * Reads what a person typed ("001 203 012 345" or "001203012345"); blank means "not given" (null); a wrong
     * number is refused with the reason.
     *
     * @param provinceCodes the 2-digit codes of the 63 former provinces ("01" … "96")
     * @param currentYear   a birth year after it, or more than {@value #MAX_AGE} years before it, is impossible
     */
    public static CitizenId parse(String typed, Set<String> provinceCodes, int currentYear) {
        String digits = normalize(typed);
        if (digits == null) {
            return null;
        }
        RuleViolation problem = problem(typed, digits, provinceCodes, currentYear);
        if (problem != null) {
            throw problem;
        }
        return new CitizenId(digits);
    }

    /** {@link #parse}, where a number is required: nothing typed is refused like a wrong number. */
    public static CitizenId of(String typed, Set<String> provinceCodes, int currentYear) {
        CitizenId id = parse(typed, provinceCodes, currentYear);
        if (id == null) {
            throw new RuleViolation("citizenId.format", typed == null ? "" : typed.strip());
        }
        return id;
    }

    public static boolean isValid(String typed, Set<String> provinceCodes, int currentYear) {
        String digits = normalize(typed);
        return digits != null && problem(typed, digits, provinceCodes, currentYear) == null;
    }

    private static RuleViolation problem(String typed, String digits, Set<String> provinceCodes, int currentYear) {
        if (!digits.matches("\\d{12}")) {
            return new RuleViolation("citizenId.format", typed.strip());
        }
        if (digits.charAt(0) != '0' || !provinceCodes.contains(digits.substring(1, 3))) {
            return new RuleViolation("citizenId.province", digits, digits.substring(0, 3));
        }
        int birthYear = birthYear(digits);
        if (birthYear > currentYear || birthYear < currentYear - MAX_AGE) {
            return new RuleViolation("citizenId.birthYear", digits, String.valueOf(birthYear));
        }
        return null;
    }

    /**
     * The century and sex digit: 0/1 born 1900–1999 (male/female), 2/3 2000–2099, 4/5 2100–2199, 6/7 2200–2299,
     * 8/9 2300–2399 (Thông tư 59/2021/TT-BCA, Art. 7, to verify).
     */
    private static int birthYear(String digits) {
        int centuryDigit = digits.charAt(3) - '0';
        return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
    }

    public String value() {
        return value;
    }

    /** The 2-digit catalogue code of the province of birth registration. */
    public String provinceCode() {
        return value.substring(1, 3);
    }

    public int birthYear() {
        return birthYear(value);
    }

    public boolean female() {
        return (value.charAt(3) - '0') % 2 == 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenId id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
