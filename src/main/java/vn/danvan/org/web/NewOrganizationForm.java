package vn.danvan.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations.NewOrganization;

/** The form registering an organization; uniqueness of the code and existence of unit and parent are the service's rules. */
record NewOrganizationForm(
        @NotBlank(message = "{organization.name.required}") @Size(max = 300, message = "{user.form.tooLong}") String name,
        @Size(max = 120, message = "{user.form.tooLong}") String shortName,
        @Size(max = 40, message = "{user.form.tooLong}") String code,
        @NotNull(message = "{organization.kind.required}") OrganizationKind kind,
        @NotNull(message = "{organization.unit.unknown}") Long unitId,
        Long parentId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {

    static NewOrganizationForm blank() {
        return new NewOrganizationForm(null, null, null, null, null, null, null);
    }

    NewOrganization request() {
        return new NewOrganization(code, name, shortName, kind, unitId, parentId, validFrom, null);
    }
}
