package vn.danvan.reception.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.VisitOutcome;

/** The visit form: one or many citizens, how many came, the matter, the outcome. */
public class VisitForm {

    private Long sessionId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    private Long receivingOrganizationId;
    private Long unitId;
    private MatterCategory category;
    private MatterField field;
    private String content;
    private Integer citizensCount;
    private VisitOutcome outcome;
    private String transferTarget;
    private List<Citizen> citizens = new ArrayList<>();

    /** One citizen row. */
    public static class Citizen {
        private String fullName;
        private String address;
        private String idNumber;
        private String phone;
        private boolean representative;

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public boolean isRepresentative() { return representative; }
        public void setRepresentative(boolean representative) { this.representative = representative; }
    }

    void padCitizens(int atLeast) {
        while (citizens.size() < atLeast) {
            citizens.add(new Citizen());
        }
    }

    Receptions.NewVisit request() {
        return new Receptions.NewVisit(sessionId, receivedOn, receivingOrganizationId, unitId, category, field, content, citizensCount,
                outcome, transferTarget, citizens.stream().map(c -> new Receptions.NewCitizen(c.fullName, c.address, c.idNumber, c.phone,
                        c.representative)).toList());
    }

    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public Long getReceivingOrganizationId() { return receivingOrganizationId; }
    public void setReceivingOrganizationId(Long receivingOrganizationId) { this.receivingOrganizationId = receivingOrganizationId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public MatterCategory getCategory() { return category; }
    public void setCategory(MatterCategory category) { this.category = category; }
    public MatterField getField() { return field; }
    public void setField(MatterField field) { this.field = field; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Integer getCitizensCount() { return citizensCount; }
    public void setCitizensCount(Integer citizensCount) { this.citizensCount = citizensCount; }
    public VisitOutcome getOutcome() { return outcome; }
    public void setOutcome(VisitOutcome outcome) { this.outcome = outcome; }
    public String getTransferTarget() { return transferTarget; }
    public void setTransferTarget(String transferTarget) { this.transferTarget = transferTarget; }
    public List<Citizen> getCitizens() { return citizens; }
    public void setCitizens(List<Citizen> citizens) { this.citizens = citizens; }
}
