package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.RuleViolation;

/** An administrator's change to an account applies at once; the administrator cannot lock everybody out. */
class AccessChangeIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    @Autowired
    Organizations organizations;

    @Autowired
    AdministrativeMap map;

    private String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    private long organization(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() {
        String username = unique("phien");
        long id = users.createSystemAccount(username, "Người Có Phiên", Role.VIEWER, organization("TN-SNV"), "mat-khau-123", null);
        WebSession person = session();
        person.login(username, "mat-khau-123");
        assertThat(person.get("/").status()).isEqualTo(200);

        WebSession admin = session();
        admin.login("admin", "demo");
        admin.get("/admin/users/" + id);
        assertThat(admin.postForm("/admin/users/" + id + "/disable", Map.of()).status()).isEqualTo(302);

        WebSession.Response next = person.get("/");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).contains("/login?expired");
        assertThat(person.get("/login?expired").body()).contains("Phiên làm việc đã kết thúc");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
        String username = unique("qtv");
        long id = users.createSystemAccount(username, "Quản Trị Phụ", Role.ADMIN, organization("TN-VP"), "mat-khau-123", null);
        WebSession admin = session();
        admin.login(username, "mat-khau-123");
        WebSession.Response form = admin.get("/admin/users/" + id + "/edit");
        String version = form.html().selectFirst("input[name=version]").attr("value");
        WebSession.Response refused = admin.postForm("/admin/users/" + id + "/edit", Map.of(
                "fullName", "Quản Trị Phụ", "role", "VIEWER", "organizationId", String.valueOf(organization("TN-VP")),
                "version", version));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("không thể tự bỏ vai trò quản trị");
        assertThat(users.findByUsername(username).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anOrganizationCannotBeRegisteredInAFormerUnitOrUnderAFormerBody() {
        long formerCommune = map.search(Scope.all(), new UnitSearch("05497", UnitLevel.COMMUNE, null, true),
                vn.danvan.system.PageQuery.of(0, 5, "code", "asc")).items().get(0).id();
        assertThatThrownBy(() -> organizations.create(new Organizations.NewOrganization(null, "UBND xã Thịnh Đức (cũ)", null,
                OrganizationKind.PEOPLES_COMMITTEE, formerCommune, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("organization.unit.unknown");
        long province = map.findCurrentByCode("19").orElseThrow().id();
        assertThatThrownBy(() -> organizations.create(new Organizations.NewOrganization(null, "Ban mới", null,
                OrganizationKind.PARTY_COMMISSION, province, organization("TN-BDVTU-CU"), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("organization.parent.unknown");
        long commune = map.findCurrentByCode("05503").orElseThrow().id();
        assertThatThrownBy(() -> organizations.create(new Organizations.NewOrganization(null, "Sở đặt sai chỗ", null,
                OrganizationKind.DEPARTMENT, province, organization("UBX-05503"), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("organization.parent.outsideUnit");
        assertThatThrownBy(() -> organizations.create(new Organizations.NewOrganization(null, "Ngày ngược", null,
                OrganizationKind.OTHER, commune, null, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))))
                .isInstanceOf(RuleViolation.class).hasMessage("organization.validity.invalid");
    }
}
