package vn.danvan.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data that must never be readable in the database: a denouncer's name, address, identity
 * number, contact and signature scans (Luật Tố cáo 2018, Art. 47–48; Nghị định 31/2019/NĐ-CP).
 *
 * <p>AES-256-GCM with a fresh 96-bit nonce per value; the key comes from configuration
 * ({@code danvan.security.identity-key}: Base64 of 32 bytes, e.g. {@code openssl rand -base64 32}) and is never
 * stored in the database. Demo mode without a key uses a fixed, published demo key — fine for demo data, never for
 * real data — and production refuses to start without one, because data encrypted under a forgotten key is lost.
 *
 * <p>Stored form: {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag). {@link #blindIndex} gives a keyed hash (HMAC-SHA256
 * under a key derived from the same secret) so that equal values — the same identity number on two petitions —
 * can be matched for duplicate detection without decrypting.
 */
@Component
public class IdentityCipher {

    private static final Logger log = LoggerFactory.getLogger(IdentityCipher.class);
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Published on purpose: only ever protects generated demo people. */
    private static final String DEMO_KEY = "ZGFudmFuLWRlbW8ta2V5LWtob25nLWR1bmctdGhhdCE=";

    private final SecretKeySpec key;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public IdentityCipher(@Value("${danvan.security.identity-key:}") String configuredKey, DeploymentMode mode) {
        String encoded = configuredKey == null ? "" : configuredKey.strip();
        if (encoded.isEmpty()) {
            if (!mode.isDemo()) {
                throw new IllegalStateException("danvan.security.identity-key (DANVAN_SECURITY_IDENTITYKEY) is required "
                        + "outside demo mode: Base64 of 32 random bytes, e.g. `openssl rand -base64 32`. Keep it safe: "
                        + "protected identities cannot be read without it.");
            }
            log.warn("Demo mode: protected identities use the published demo key. Set danvan.security.identity-key for real data.");
            encoded = DEMO_KEY;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("danvan.security.identity-key is not valid Base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("danvan.security.identity-key must be 32 bytes (256 bits), got " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "danvan-blind-index-v1"), "HmacSHA256");
    }

    /** Encrypts a value; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    /** Decrypts a value written by {@link #encrypt}; {@code null} stays {@code null}. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not an encrypted value");
        }
        return new String(decryptBytes(Base64.getDecoder().decode(stored.substring(PREFIX.length()))), StandardCharsets.UTF_8);
    }

    /** Encrypts bytes (a signature scan): nonce ‖ ciphertext ‖ tag. */
    public byte[] encryptBytes(byte[] plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts bytes written by {@link #encryptBytes}; a tampered value fails instead of decrypting to garbage. */
    public byte[] decryptBytes(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed (wrong key or tampered value)", e);
        }
    }

    /**
     * A keyed hash for matching equal values without decrypting them. Normalise before hashing (e.g. fold a name
     * with {@link VietnameseText#fold}, strip spaces from an identity number) so that equal things hash equal.
     */
    public String blindIndex(String normalisedValue) {
        if (normalisedValue == null || normalisedValue.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(hmac(indexKey, normalisedValue));
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
