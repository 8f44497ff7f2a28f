package vn.danvan.org;

/**
 * An official code from the national catalogue of administrative units: digits only, 2 for a province,
 * 3 for a (former) district, 5 for a commune. Leading zeros are part of the code ("01", "00004").
 */
public record UnitCode(String value) {

    public UnitCode {
        if (value == null || !value.matches("\\d+")) {
            throw new IllegalArgumentException("A unit code has digits only: " + value);
        }
        if (value.length() != 2 && value.length() != 3 && value.length() != 5) {
            throw new IllegalArgumentException("A unit code has 2, 3 or 5 digits: " + value);
        }
    }

    /** True when the text is a well-formed code for that level. */
    public static boolean isValid(String text, UnitLevel level) {
        return text != null && text.matches("\\d+") && text.length() == level.codeLength();
    }

    public UnitLevel level() {
        return switch (value.length()) {
            case 2 -> UnitLevel.PROVINCE;
            case 3 -> UnitLevel.DISTRICT;
            default -> UnitLevel.COMMUNE;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
