package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** Administrators register organizations in a unit in force, optionally under a parent body. */
class OrganizationAdministrationIT extends IntegrationTest {

    @Autowired
    Organizations organizations;

    @Autowired
    AdministrativeMap map;

    private WebSession admin() {
        WebSession admin = session();
        admin.login("admin", "demo");
        return admin;
    }

    private Map<String, String> fields(String name, String code, String kind, String unitCode, String parentCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortName", "");
        fields.put("code", code);
        fields.put("kind", kind);
        fields.put("unitId", unitCode == null ? "" : String.valueOf(map.findCurrentByCode(unitCode).orElseThrow().id()));
        fields.put("parentId", parentCode == null ? "" : String.valueOf(organizations.findByCode(parentCode).orElseThrow().id()));
        fields.put("validFrom", "2025-07-01");
        return fields;
    }

    @Test
    void theFormOffersUnitsInForceGroupedByProvinceAndCurrentParentBodies() {
        WebSession.Response form = admin().get("/admin/organizations/new");
        assertThat(form.status()).isEqualTo(200);
        var group = form.html().selectFirst("#unitId optgroup[label=Tỉnh Thái Nguyên]");
        assertThat(group).isNotNull();
        assertThat(group.select("option").eachText()).contains("Tỉnh Thái Nguyên (cấp tỉnh)", "Xã Tân Cương");
        assertThat(form.html().select("#unitId option").eachText()).doesNotContain("Tỉnh Bắc Kạn");
        assertThat(form.html().select("#parentId option").eachText()).contains("Ủy ban nhân dân xã Tân Cương")
                .doesNotContain("Ban Dân vận Tỉnh ủy Bắc Kạn");
        assertThat(form.html().select("#kind option").eachText()).contains("Hội đồng nhân dân", "Mặt trận Tổ quốc");
    }

    @Test
    void anAdministratorRegistersAnOrganizationAndSeesIt() {
        WebSession admin = admin();
        admin.get("/admin/organizations/new");
        String code = "HDX-" + System.nanoTime() % 1_000_000;
        WebSession.Response created = admin.postForm("/admin/organizations/new",
                fields("Hội đồng nhân dân xã Tân Cương " + code, code, "PEOPLES_COUNCIL", "05503", "UBX-05503"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).matches(".*/organizations/\\d+$");
        WebSession.Response page = admin.get(created.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("Đã thêm cơ quan, đơn vị", "Hội đồng nhân dân xã Tân Cương " + code, "Xã Tân Cương", "01/07/2025");
        Organization organization = organizations.findByCode(code).orElseThrow();
        assertThat(organization.kind()).isEqualTo(OrganizationKind.PEOPLES_COUNCIL);
        assertThat(organization.parentId()).isEqualTo(organizations.findByCode("UBX-05503").orElseThrow().id());
    }

    @Test
    void errorsAreShownInVietnameseWithTheInputKept() {
        WebSession admin = admin();
        admin.get("/admin/organizations/new");
        WebSession.Response missing = admin.postForm("/admin/organizations/new", fields("", "", "", null, null));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Vui lòng nhập tên cơ quan, đơn vị.", "Vui lòng chọn loại cơ quan, đơn vị.",
                "Vui lòng chọn địa bàn (đơn vị hành chính) đang hiệu lực.");

        WebSession.Response duplicate = admin.postForm("/admin/organizations/new",
                fields("Sở Nội vụ thứ hai", "TN-SNV", "DEPARTMENT", "19", null));
        assertThat(duplicate.text("#form-error")).isEqualTo("Mã \"TN-SNV\" đã được dùng cho một cơ quan, đơn vị khác.");
        assertThat(duplicate.html().selectFirst("#name").attr("value")).isEqualTo("Sở Nội vụ thứ hai");
        assertThat(duplicate.html().selectFirst("#kind option[selected]").attr("value")).isEqualTo("DEPARTMENT");

        Map<String, String> badDate = fields("Cơ quan ngày sai", "", "OTHER", "19", null);
        badDate.put("validFrom", "31/02/2025");
        assertThat(admin.postForm("/admin/organizations/new", badDate).body()).contains("Giá trị không hợp lệ.");
    }

    @Test
    void onlyAdministratorsRegisterOrganizations() {
        WebSession coordinator = session();
        coordinator.login("bdv", "demo");
        assertThat(coordinator.get("/admin/organizations/new").status()).isEqualTo(403);
    }
}
