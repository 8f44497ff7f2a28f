package vn.danvan.petition;

/**
 * A petitioner as shown. For a denunciation the identity is protected (Luật Tố cáo 2018, Art. 47–48): lists,
 * exports and reports get {@link #redacted()}, only the case's assigned handlers and responsible leader get the
 * decrypted identity, and each such view is audited.
 */
public record Petitioner(int ordinal, String fullName, String address, String idNumber, String phone, boolean representative,
                         boolean protectedIdentity) {

    public static final String PROTECTED_LABEL = "Người tố cáo (được giữ bí mật)";

    public static Petitioner redacted(int ordinal, boolean representative) {
        return new Petitioner(ordinal, PROTECTED_LABEL, null, null, null, representative, true);
    }

    /** "Nguyễn Văn A" or the protected label. */
    public String displayName() {
        return fullName == null || fullName.isBlank() ? (protectedIdentity ? PROTECTED_LABEL : "(không ghi tên)") : fullName;
    }
}
