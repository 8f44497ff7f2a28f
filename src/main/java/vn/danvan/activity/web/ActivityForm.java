package vn.danvan.activity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.activity.Activities;
import vn.danvan.activity.Activity;
import vn.danvan.activity.ActivityKind;
import vn.danvan.activity.Official;

/**
 * The form recording or editing an event. Officials come as indexed rows ({@code officials[0].fullName}), so that
 * a title with commas ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh") stays one value; blank rows are ignored.
 */
public class ActivityForm {

    /** Empty official rows offered after the filled ones. */
    static final int SPARE_ROWS = 3;

    private ActivityKind kind;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String place;
    private Long organizerId;
    private String minutes;
    private List<Long> participantIds = new ArrayList<>();
    private List<OfficialRow> officials = new ArrayList<>();
    private Integer version;

    /** One official's row. */
    public static class OfficialRow {
        private String fullName;
        private String positionTitle;
        private String organizationName;
        private Long organizationId;
        private Official.Role role = Official.Role.ATTENDEE;

        public OfficialRow() {
        }

        OfficialRow(Official official) {
            this.fullName = official.fullName();
            this.positionTitle = official.positionTitle();
            this.organizationName = official.organizationName();
            this.organizationId = official.organizationId();
            this.role = official.role();
        }

        boolean isBlank() {
            return (fullName == null || fullName.isBlank()) && (positionTitle == null || positionTitle.isBlank())
                    && (organizationName == null || organizationName.isBlank());
        }

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getPositionTitle() { return positionTitle; }
        public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
        public String getOrganizationName() { return organizationName; }
        public void setOrganizationName(String organizationName) { this.organizationName = organizationName; }
        public Long getOrganizationId() { return organizationId; }
        public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
        public Official.Role getRole() { return role; }
        public void setRole(Official.Role role) { this.role = role; }
    }

    static ActivityForm blank(Long organizerId, LocalDate today) {
        ActivityForm form = new ActivityForm();
        form.kind = ActivityKind.CONFERENCE;
        form.organizerId = organizerId;
        form.heldOn = today;
        return form.withSpareRows();
    }

    static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.kind = activity.kind();
        form.title = activity.title();
        form.heldOn = activity.heldOn();
        form.endsOn = activity.endsOn();
        form.place = activity.place();
        form.organizerId = activity.organizerId();
        form.minutes = activity.minutes();
        form.participantIds = new ArrayList<>(activity.participantIds());
        activity.officials().forEach(o -> form.officials.add(new OfficialRow(o)));
        form.version = activity.version();
        return form.withSpareRows();
    }

    /** The form as shown again: the filled rows, then a few empty ones. */
    ActivityForm withSpareRows() {
        officials.removeIf(r -> r == null || r.isBlank());
        for (int i = 0; i < SPARE_ROWS; i++) {
            officials.add(new OfficialRow());
        }
        return this;
    }

    Activities.NewActivity request() {
        List<Official> filled = officials.stream().filter(r -> r != null && !r.isBlank())
                .map(r -> new Official(r.fullName, r.positionTitle, r.organizationId, r.organizationName, r.role)).toList();
        return new Activities.NewActivity(kind, title, heldOn, endsOn, place, organizerId, minutes, participantIds, filled, null);
    }

    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getOrganizerId() { return organizerId; }
    public void setOrganizerId(Long organizerId) { this.organizerId = organizerId; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public List<Long> getParticipantIds() { return participantIds; }
    public void setParticipantIds(List<Long> participantIds) { this.participantIds = participantIds == null ? new ArrayList<>() : participantIds; }
    public List<OfficialRow> getOfficials() { return officials; }
    public void setOfficials(List<OfficialRow> officials) { this.officials = officials == null ? new ArrayList<>() : officials; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
