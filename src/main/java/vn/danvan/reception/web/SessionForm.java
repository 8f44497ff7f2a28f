package vn.danvan.reception.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.reception.ReceivedBy;
import vn.danvan.reception.ReceptionSession;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.SessionKind;

/** The session form: kind, organization, planned and held days, place, head, who received, officials. */
public class SessionForm {

    private SessionKind kind = SessionKind.REGULAR_DESK;
    private Long organizationId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;
    private boolean held;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String place;
    private String headName;
    private String headTitle;
    private ReceivedBy receivedBy;
    private String deputyName;
    private String deputyTitle;
    private String note;
    private Integer version;
    private List<Official> officials = new ArrayList<>();

    /** One official row. */
    public static class Official {
        private String fullName;
        private String jobTitle;

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    }

    static SessionForm of(ReceptionSession s) {
        SessionForm form = new SessionForm();
        form.kind = s.kind();
        form.organizationId = s.organizationId();
        form.plannedOn = s.plannedOn();
        form.held = s.held();
        form.heldOn = s.heldOn();
        form.place = s.place();
        form.headName = s.headName();
        form.headTitle = s.headTitle();
        form.receivedBy = s.receivedBy();
        form.deputyName = s.deputyName();
        form.deputyTitle = s.deputyTitle();
        form.note = s.note();
        form.version = s.version();
        for (ReceptionSession.Official o : s.officials()) {
            Official row = new Official();
            row.fullName = o.fullName();
            row.jobTitle = o.jobTitle();
            form.officials.add(row);
        }
        return form;
    }

    /** Leaves room for a few more officials than are filled in. */
    void padOfficials(int atLeast) {
        while (officials.size() < atLeast) {
            officials.add(new Official());
        }
    }

    Receptions.NewSession request() {
        return new Receptions.NewSession(kind, organizationId, plannedOn, held, heldOn, place, headName, headTitle, receivedBy,
                deputyName, deputyTitle, note,
                officials.stream().map(o -> new ReceptionSession.Official(o.fullName, o.jobTitle)).toList());
    }

    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public boolean isHeld() { return held; }
    public void setHeld(boolean held) { this.held = held; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getHeadTitle() { return headTitle; }
    public void setHeadTitle(String headTitle) { this.headTitle = headTitle; }
    public ReceivedBy getReceivedBy() { return receivedBy; }
    public void setReceivedBy(ReceivedBy receivedBy) { this.receivedBy = receivedBy; }
    public String getDeputyName() { return deputyName; }
    public void setDeputyName(String deputyName) { this.deputyName = deputyName; }
    public String getDeputyTitle() { return deputyTitle; }
    public void setDeputyTitle(String deputyTitle) { this.deputyTitle = deputyTitle; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public List<Official> getOfficials() { return officials; }
    public void setOfficials(List<Official> officials) { this.officials = officials; }
}
