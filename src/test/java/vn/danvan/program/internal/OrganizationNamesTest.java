package vn.danvan.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationKind;

/** Finding an organization by what a person typed in a task file. */
class OrganizationNamesTest {

    private static Organization org(long id, String code, String name, String shortName) {
        return new Organization(id, code, name, shortName, null, OrganizationKind.DEPARTMENT, 1, null, "/" + id + "/", null, null, 0);
    }

    private final OrganizationNames names = new OrganizationNames(List.of(
            org(1, "TN-SNV", "Sở Nội vụ tỉnh Thái Nguyên", "Sở Nội vụ"),
            org(2, "TN-SYT", "Sở Y tế tỉnh Thái Nguyên", "Sở Y tế"),
            org(3, "TN-HND", "Hội Nông dân tỉnh Thái Nguyên", "Hội Nông dân tỉnh"),
            org(4, "UBX-05503", "Ủy ban nhân dân xã Tân Cương", "UBND xã Tân Cương"),
            org(5, "UBX-9", "Ủy ban nhân dân xã Hòa Bình", "UBND xã Hòa Bình"),
            org(6, "X-1", "Phòng Văn hóa", null),
            org(7, "X-2", "Phòng Văn hóa", null)));

    private long found(String text) {
        assertThat(names.match(text)).as(text).isInstanceOf(OrganizationNames.Found.class);
        return ((OrganizationNames.Found) names.match(text)).organization().id();
    }

    @Test
    void aCodeANameOrAShortNameFindsTheOrganizationWhateverTheCaseAndSpacing() {
        assertThat(found("tn-snv")).isEqualTo(1);
        assertThat(found("Sở Nội vụ tỉnh Thái Nguyên")).isEqualTo(1);
        assertThat(found("  SỞ NỘI VỤ ")).isEqualTo(1);
        assertThat(found("UBND xã Tân Cương")).isEqualTo(4);
    }

    @Test
    void aNameTypedWithoutDiacriticsIsFound() {
        assertThat(found("So Noi vu")).isEqualTo(1);
        assertThat(found("ubnd xa tan cuong")).isEqualTo(4);
    }

    @Test
    void oldAndNewTonePlacementAreTheSameName() {
        assertThat(found("UBND xã Hoà Bình")).isEqualTo(5);
    }

    @Test
    void aWrongDiacriticIsNotGuessedButTheNameIsOffered() {
        OrganizationNames.Match match = names.match("Sở Nôi vụ");
        assertThat(match).isInstanceOf(OrganizationNames.NotFound.class);
        var suggestions = ((OrganizationNames.NotFound) match).suggestions();
        assertThat(suggestions.keySet().iterator().next().code()).isEqualTo("TN-SNV");
        assertThat(suggestions.values().iterator().next()).isEqualTo("Sở Nội vụ");
    }

    @Test
    void aTypoIsOfferedTheNearestNamesAndNothingFarAway() {
        var typo = ((OrganizationNames.NotFound) names.match("Hội Nông dâm tỉnh")).suggestions();
        assertThat(typo.keySet()).extracting(Organization::code).containsExactly("TN-HND");
        assertThat(((OrganizationNames.NotFound) names.match("Công an tỉnh")).suggestions()).isEmpty();
    }

    @Test
    void aNameSharedByTwoOrganizationsIsAmbiguous() {
        assertThat(names.match("Phòng Văn hóa")).isInstanceOf(OrganizationNames.Ambiguous.class);
    }
}
