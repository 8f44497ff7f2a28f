package vn.danvan.petition.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.petition.Channel;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/** The intake form, bound from "petitioners[0].fullName"…; kept on a refusal so nothing typed is lost. */
public class PetitionForm {

    private Channel channel = Channel.IN_PERSON;
    private String sourceAgency;
    private MatterCategory category;
    private MatterField field;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    private Long receivingOrganizationId;
    private Long unitId;
    private String respondent;
    private String content;
    private boolean crowd;
    private Integer crowdSize;
    private boolean severalPlaces;
    private Long visitId;
    private List<PetitionerLine> petitioners = new ArrayList<>();

    public static class PetitionerLine {
        private String fullName;
        private String address;
        private String idNumber;
        private String phone;
        private boolean representative;

        public PetitionerLine() {
        }

        public PetitionerLine(String fullName, String address, String idNumber, String phone, boolean representative) {
            this.fullName = fullName;
            this.address = address;
            this.idNumber = idNumber;
            this.phone = phone;
            this.representative = representative;
        }

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

    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getSourceAgency() { return sourceAgency; }
    public void setSourceAgency(String sourceAgency) { this.sourceAgency = sourceAgency; }
    public MatterCategory getCategory() { return category; }
    public void setCategory(MatterCategory category) { this.category = category; }
    public MatterField getField() { return field; }
    public void setField(MatterField field) { this.field = field; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public Long getReceivingOrganizationId() { return receivingOrganizationId; }
    public void setReceivingOrganizationId(Long receivingOrganizationId) { this.receivingOrganizationId = receivingOrganizationId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getRespondent() { return respondent; }
    public void setRespondent(String respondent) { this.respondent = respondent; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public boolean isCrowd() { return crowd; }
    public void setCrowd(boolean crowd) { this.crowd = crowd; }
    public Integer getCrowdSize() { return crowdSize; }
    public void setCrowdSize(Integer crowdSize) { this.crowdSize = crowdSize; }
    public boolean isSeveralPlaces() { return severalPlaces; }
    public void setSeveralPlaces(boolean severalPlaces) { this.severalPlaces = severalPlaces; }
    public Long getVisitId() { return visitId; }
    public void setVisitId(Long visitId) { this.visitId = visitId; }
    public List<PetitionerLine> getPetitioners() { return petitioners; }
    public void setPetitioners(List<PetitionerLine> petitioners) { this.petitioners = petitioners; }
}
