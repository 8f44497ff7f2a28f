package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/**
 * Every query is limited to the caller's scope: a commune officer cannot open another commune's records by
 * changing an id, in the UI or the API; both answer 404, so the other record's existence is not revealed.
 */
class ScopeIT extends IntegrationTest {

    @Autowired
    Organizations organizations;

    private long id(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    @Test
    void aCommuneOfficerCannotOpenAnotherCommunesOrganizationByChangingTheId() {
        WebSession xa = session();
        xa.login("xa", "demo");
        assertThat(xa.get("/organizations/" + id("UBX-05503")).status()).isEqualTo(200);
        WebSession.Response other = xa.get("/organizations/" + id("UBX-01906"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("ngoài phạm vi").doesNotContain("Ba Bể");
        assertThat(xa.get("/organizations/" + id("TN-BTGDV")).status()).isEqualTo(404);
    }

    @Test
    void aCommuneOfficerCannotReadAnotherCommunesOrganizationThroughTheApi() {
        WebSession script = session().withBasicAuth("xa", "demo");
        assertThat(script.getJson("/api/v1/organizations/" + id("UBX-05503")).status()).isEqualTo(200);
        WebSession.Response other = script.getJson("/api/v1/organizations/" + id("UBX-01906"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(script.getJson("/api/v1/organizations?q=ba+be").body()).contains("\"total\":0");
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirOwnCommuneInTheLists() {
        WebSession script = session().withBasicAuth("xa", "demo");
        String organizationsSeen = script.getJson("/api/v1/organizations?size=200").body();
        assertThat(organizationsSeen).contains("Ủy ban nhân dân xã Tân Cương").doesNotContain("Ba Bể", "Tỉnh ủy");
        String unitsSeen = script.getJson("/api/v1/units?size=200").body();
        assertThat(unitsSeen).contains("Xã Tân Cương").doesNotContain("Xã Ba Bể", "Tỉnh Cao Bằng");
    }

    @Test
    void aProvinceCoordinatorSeesTheWholeProvinceIncludingFormerBodiesButNotOtherProvinces() {
        WebSession script = session().withBasicAuth("bdv", "demo");
        assertThat(script.getJson("/api/v1/organizations/" + id("UBX-01906")).status()).isEqualTo(200);
        assertThat(script.getJson("/api/v1/organizations/" + id("BK-BDVTU-CU")).status()).isEqualTo(200);
        String units = script.getJson("/api/v1/units?q=cao+bang").body();
        assertThat(units).contains("\"total\":0");
    }

    @Test
    void theFrontOfficerSeesTheFrontAndItsMemberOrganizationsOnly() {
        WebSession script = session().withBasicAuth("mttq", "demo");
        assertThat(script.getJson("/api/v1/organizations/" + id("TN-HND")).status()).isEqualTo(200);
        assertThat(script.getJson("/api/v1/organizations/" + id("MTX-05503")).status()).isEqualTo(200);
        assertThat(script.getJson("/api/v1/organizations/" + id("TN-SNV")).status()).isEqualTo(404);
    }

    @Test
    void searchIgnoresDiacriticsAndFindsEveryWord() {
        WebSession script = session().withBasicAuth("bdv", "demo");
        assertThat(script.getJson("/api/v1/organizations?q=ban+dan+van").body())
                .contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên");
        assertThat(script.getJson("/api/v1/organizations?q=ban+dan+van&former=true").body())
                .contains("Ban Dân vận Tỉnh ủy Thái Nguyên", "Ban Dân vận Tỉnh ủy Bắc Kạn");
        assertThat(script.getJson("/api/v1/units?q=TAN+CUONG").body()).contains("Xã Tân Cương");
        assertThat(script.getJson("/api/v1/units?q=%25").body()).contains("\"total\":0");
    }

    @Test
    void aFormerBodyShowsTodaysResponsibleBody() {
        WebSession script = session().withBasicAuth("bdv", "demo");
        String former = script.getJson("/api/v1/organizations/" + id("BK-BDVTU-CU")).body();
        assertThat(former).contains("\"currentlyResponsible\":[{").contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên");
        WebSession browser = session();
        browser.login("bdv", "demo");
        assertThat(browser.get("/organizations/" + id("TN-BCSD-CU")).text("#current-responsible"))
                .contains("Đảng ủy Ủy ban nhân dân tỉnh Thái Nguyên");
    }

    @Test
    void organizationsAreListedInVietnameseAlphabeticalOrder() {
        WebSession browser = session();
        browser.login("bdv", "demo");
        var names = browser.get("/organizations?size=200&sort=name").html().select("#organization-table tbody td:first-child a")
                .eachText();
        assertThat(names).isNotEmpty();
        assertThat(names).isSortedAccordingTo(vn.danvan.system.VietnameseText.order());
    }
}
