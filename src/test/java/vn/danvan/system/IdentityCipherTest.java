package vn.danvan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Denouncer identities (Luật Tố cáo 2018, Art. 47–48) are stored only as AES-GCM ciphertext. */
class IdentityCipherTest {

    private static final DeploymentMode DEMO = new DeploymentMode("true", "");
    private static final DeploymentMode PRODUCTION = new DeploymentMode("false", "");
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void encryptedValueDecryptsToTheOriginalAndDoesNotContainIt() {
        IdentityCipher cipher = new IdentityCipher(KEY, PRODUCTION);
        String stored = cipher.encrypt("Nguyễn Văn Tố");
        assertThat(stored).startsWith("v1:").doesNotContain("Nguyễn", "Nguyen");
        assertThat(cipher.decrypt(stored)).isEqualTo("Nguyễn Văn Tố");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeButHasOneBlindIndex() {
        IdentityCipher cipher = new IdentityCipher(KEY, PRODUCTION);
        assertThat(cipher.encrypt("019203004567")).isNotEqualTo(cipher.encrypt("019203004567"));
        assertThat(cipher.blindIndex("019203004567")).isEqualTo(cipher.blindIndex("019203004567"))
                .isNotEqualTo(cipher.blindIndex("019203004568")).hasSize(64);
    }

    @Test
    void anotherKeyCannotReadTheValue() {
        String stored = new IdentityCipher(KEY, PRODUCTION).encrypt("Nguyễn Văn Tố");
        IdentityCipher demo = new IdentityCipher("", DEMO);
        assertThatThrownBy(() -> demo.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> new IdentityCipher("", PRODUCTION)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("danvan.security.identity-key");
        assertThatThrownBy(() -> new IdentityCipher("c2hvcnQ=", PRODUCTION)).hasMessageContaining("32 bytes");
    }

    @Test
    void nullStaysNullAndBytesRoundTrip() {
        IdentityCipher cipher = new IdentityCipher("", DEMO);
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        byte[] scan = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        assertThat(cipher.decryptBytes(cipher.encryptBytes(scan))).isEqualTo(scan);
    }
}
