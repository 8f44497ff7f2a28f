package vn.danvan.petition;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code a petitioner gets to follow their petition: 10 random Crockford base-32 characters (50 bits, so that
 * codes cannot be guessed) and a check character (Luhn mod 32 over the same alphabet: catches every single wrong
 * character and every swap of two neighbours). Written in groups "ABCDE-FGHJK-M"; reading forgives lower case,
 * spaces, dashes and the letters Crockford maps (O → 0, I and L → 1).
 */
public final class TrackingCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 11;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    /** From a given source of randomness: the demo data draws its codes from a seeded one, reproducibly. */
    public static String generate(java.util.Random random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The stored form of what someone typed, or empty when it cannot be a valid code. */
    public static Optional<String> read(String input) {
        if (input == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : input.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            code.append(mapped);
        }
        return isValid(code.toString()) ? Optional.of(code.toString()) : Optional.empty();
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /** "ABCDE-FGHJK-M". */
    public static String display(String code) {
        return code == null || code.length() != LENGTH ? code
                : code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10);
    }

    /** Luhn mod N (N = 32): double every second value from the right, fold, and complete to a multiple of 32. */
    static char checkCharacter(CharSequence payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }
}
