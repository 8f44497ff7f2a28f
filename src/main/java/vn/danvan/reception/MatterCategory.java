package vn.danvan.reception;

/**
 * What a citizen brings (Luật Tiếp công dân 2013, Art. 2): the four kinds every reception and petition report
 * counts separately. Shared by reception visits and petitions; the label key is {@code matter.category.<name>}.
 */
public enum MatterCategory {
    /** khiếu nại — Luật Khiếu nại 2011. */
    COMPLAINT,
    /** tố cáo — Luật Tố cáo 2018; the denouncer's identity is protected. */
    DENUNCIATION,
    /** kiến nghị. */
    RECOMMENDATION,
    /** phản ánh. */
    FEEDBACK;

    public String messageKey() {
        return "matter.category." + name();
    }
}
