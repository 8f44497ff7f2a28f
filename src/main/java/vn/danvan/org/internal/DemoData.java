package vn.danvan.org.internal;

import static vn.danvan.org.OrganizationKind.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.OrganizationSuccession;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSuccession;
import vn.danvan.org.UserAccounts;
import vn.danvan.system.DeploymentMode;

/**
 * The demo province of the brief, loaded on the first start in demo mode: Thái Nguyên since 2025, with the
 * former Bắc Kạn and Thái Nguyên as historical units; 15 of its communes with their official codes
 * (Công văn 1027/CTK-CSCL, 25/06/2025); a few former districts and communes with the successions that the
 * 2025 resolutions made (links taken as proposals, to be checked against the resolutions); the province's
 * Party, State and Front bodies, including the former ones replaced in 2025; and one account per role, all
 * with the password "demo". The people are invented.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final LocalDate COMMUNE_REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate PARTY_MERGER = LocalDate.of(2025, 3, 1);
    private static final String COMMUNE_RESOLUTION = "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Thái Nguyên năm 2025";

    private final DeploymentMode mode;
    private final AdministrativeMap map;
    private final Organizations organizations;
    private final UserAccounts users;
    private final OrganizationRepository organizationRepository;

    DemoData(DeploymentMode mode, AdministrativeMap map, Organizations organizations, UserAccounts users,
             OrganizationRepository organizationRepository) {
        this.mode = mode;
        this.map = map;
        this.organizations = organizations;
        this.users = users;
        this.organizationRepository = organizationRepository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || organizationRepository.count() > 0 || users.count() > 0) {
            return;
        }
        AdministrativeUnit province = map.findCurrentByCode("19").orElseThrow();
        Map<String, Long> communes = loadCommunes(province);
        loadFormerUnits(communes);
        map.refreshRollups();
        Map<String, Long> orgs = loadOrganizations(province.id(), communes);
        loadAccounts(orgs);
        log.info("Demo data loaded: province {}, {} communes, {} organizations, 7 accounts (password \"demo\")",
                province.name(), communes.size(), orgs.size());
    }

    private Map<String, Long> loadCommunes(AdministrativeUnit province) {
        Map<String, Long> ids = new LinkedHashMap<>();
        String[][] communes = {
            {"05443", "Phường Phan Đình Phùng", "WARD"}, {"05710", "Phường Linh Sơn", "WARD"},
            {"05467", "Phường Gia Sàng", "WARD"}, {"05518", "Phường Sông Công", "WARD"},
            {"05860", "Phường Phổ Yên", "WARD"}, {"05503", "Xã Tân Cương", "COMMUNE"},
            {"05830", "Xã Đại Từ", "COMMUNE"}, {"05908", "Xã Phú Bình", "COMMUNE"},
            {"05569", "Xã Định Hóa", "COMMUNE"}, {"05716", "Xã Võ Nhai", "COMMUNE"},
            {"01840", "Phường Đức Xuân", "WARD"}, {"01843", "Phường Bắc Kạn", "WARD"},
            {"01906", "Xã Ba Bể", "COMMUNE"}, {"02020", "Xã Chợ Đồn", "COMMUNE"},
            {"02155", "Xã Na Rì", "COMMUNE"},
        };
        for (String[] commune : communes) {
            ids.put(commune[0], map.addUnit(commune[0], commune[1], UnitKind.valueOf(commune[2]), province.id(),
                    COMMUNE_REFORM, null));
        }
        return ids;
    }

    /** Two former districts and the former communes that went into four of today's communes. */
    private void loadFormerUnits(Map<String, Long> communes) {
        LocalDate lastDay = COMMUNE_REFORM.minusDays(1);
        long formerBacKan = formerProvince("06");
        long formerThaiNguyen = formerProvince("19");
        long cityBacKan = map.addUnit("058", "Thành phố Bắc Kạn", UnitKind.PROVINCIAL_CITY, formerBacKan, null, lastDay);
        long cityThaiNguyen = map.addUnit("164", "Thành phố Thái Nguyên", UnitKind.PROVINCIAL_CITY, formerThaiNguyen, null, lastDay);
        former(cityBacKan, communes.get("01840"), lastDay,
                new String[][] {{"01834", "Phường Nguyễn Thị Minh Khai"}, {"01840", "Phường Đức Xuân"}, {"01846", "Phường Huyền Tụng"}});
        former(cityBacKan, communes.get("01843"), lastDay,
                new String[][] {{"01837", "Phường Sông Cầu"}, {"01843", "Phường Phùng Chí Kiên"}, {"01852", "Xã Nông Thượng"}, {"01855", "Phường Xuất Hóa"}});
        former(cityThaiNguyen, communes.get("05503"), lastDay,
                new String[][] {{"05497", "Xã Thịnh Đức"}, {"05503", "Xã Tân Cương"}});
        former(cityThaiNguyen, communes.get("05443"), lastDay,
                new String[][] {{"05437", "Phường Túc Duyên"}, {"05440", "Phường Hoàng Văn Thụ"}, {"05443", "Phường Trưng Vương"},
                                {"05446", "Phường Quang Trung"}, {"05449", "Phường Phan Đình Phùng"}, {"05452", "Phường Tân Thịnh"},
                                {"05458", "Phường Đồng Quang"}});
    }

    private long formerProvince(String code) {
        return map.search(vn.danvan.org.Scope.all(), new vn.danvan.org.UnitSearch(code, vn.danvan.org.UnitLevel.PROVINCE, null, true),
                        vn.danvan.system.PageQuery.of(0, 50, "code", "asc")).items().stream()
                .filter(unit -> unit.code().equals(code) && !unit.isCurrent())
                .findFirst().orElseThrow().id();
    }

    private void former(long district, long successor, LocalDate lastDay, String[][] formerCommunes) {
        for (String[] commune : formerCommunes) {
            UnitKind kind = commune[1].startsWith("Phường") ? UnitKind.WARD : UnitKind.COMMUNE;
            long id = map.addUnit(commune[0], commune[1], kind, district, null, lastDay);
            map.addSuccession(new UnitSuccession(id, successor, UnitSuccession.Share.FULL, true, COMMUNE_REFORM,
                    COMMUNE_RESOLUTION));
        }
    }

    private Map<String, Long> loadOrganizations(long province, Map<String, Long> communes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        org(ids, "TN-TU", "Tỉnh ủy Thái Nguyên", "Tỉnh ủy", PARTY_COMMITTEE, province, null);
        org(ids, "TN-BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên", "Ban TG&DV Tỉnh ủy", MASS_MOBILIZATION_COMMISSION, province, "TN-TU");
        org(ids, "TN-DUUBND", "Đảng ủy Ủy ban nhân dân tỉnh Thái Nguyên", "Đảng ủy UBND tỉnh", PARTY_COMMITTEE, province, "TN-TU");
        org(ids, "TN-HDND", "Hội đồng nhân dân tỉnh Thái Nguyên", "HĐND tỉnh", PEOPLES_COUNCIL, province, null);
        org(ids, "TN-UBND", "Ủy ban nhân dân tỉnh Thái Nguyên", "UBND tỉnh", PEOPLES_COMMITTEE, province, null);
        org(ids, "TN-VP", "Văn phòng Ủy ban nhân dân tỉnh Thái Nguyên", "Văn phòng UBND tỉnh", OFFICE, province, "TN-UBND");
        org(ids, "TN-BTCD", "Ban Tiếp công dân tỉnh Thái Nguyên", "Ban Tiếp công dân tỉnh", OFFICE, province, "TN-VP");
        org(ids, "TN-SNV", "Sở Nội vụ tỉnh Thái Nguyên", "Sở Nội vụ", DEPARTMENT, province, "TN-UBND");
        org(ids, "TN-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", "Sở Nông nghiệp và Môi trường", DEPARTMENT, province, "TN-UBND");
        org(ids, "TN-SYT", "Sở Y tế tỉnh Thái Nguyên", "Sở Y tế", DEPARTMENT, province, "TN-UBND");
        org(ids, "TN-SGDDT", "Sở Giáo dục và Đào tạo tỉnh Thái Nguyên", "Sở GD&ĐT", DEPARTMENT, province, "TN-UBND");
        org(ids, "TN-TTR", "Thanh tra tỉnh Thái Nguyên", "Thanh tra tỉnh", DEPARTMENT, province, "TN-UBND");
        org(ids, "TN-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên", "Ủy ban MTTQ tỉnh", FATHERLAND_FRONT, province, null);
        org(ids, "TN-HND", "Hội Nông dân tỉnh Thái Nguyên", "Hội Nông dân tỉnh", FARMERS_UNION, province, "TN-MTTQ");
        org(ids, "TN-HLHPN", "Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên", "Hội LHPN tỉnh", WOMENS_UNION, province, "TN-MTTQ");
        org(ids, "TN-DTN", "Tỉnh Đoàn Thái Nguyên", "Tỉnh Đoàn", YOUTH_UNION, province, "TN-MTTQ");
        org(ids, "TN-HCCB", "Hội Cựu chiến binh tỉnh Thái Nguyên", "Hội CCB tỉnh", VETERANS_ASSOCIATION, province, "TN-MTTQ");
        org(ids, "TN-LDLD", "Liên đoàn Lao động tỉnh Thái Nguyên", "LĐLĐ tỉnh", TRADE_UNION, province, "TN-MTTQ");

        String[][] communeNames = {{"05503", "Tân Cương", "xã"}, {"05443", "Phan Đình Phùng", "phường"},
                                   {"01843", "Bắc Kạn", "phường"}, {"01906", "Ba Bể", "xã"}};
        for (String[] commune : communeNames) {
            long unit = communes.get(commune[0]);
            String code = commune[0];
            org(ids, "DUX-" + code, "Đảng ủy " + commune[2] + " " + commune[1], null, PARTY_COMMITTEE, unit, "TN-TU");
            org(ids, "UBX-" + code, "Ủy ban nhân dân " + commune[2] + " " + commune[1], "UBND " + commune[2] + " " + commune[1],
                    PEOPLES_COMMITTEE, unit, "TN-UBND");
            org(ids, "MTX-" + code, "Ủy ban MTTQ Việt Nam " + commune[2] + " " + commune[1], null, FATHERLAND_FRONT, unit, "TN-MTTQ");
        }

        // the bodies that signed the 2022–2026 program and were replaced in 2025
        long formerThaiNguyen = formerProvince("19");
        long formerBacKan = formerProvince("06");
        LocalDate beforeMerger = PARTY_MERGER.minusDays(1);
        long bdvTn = organizationRepository.insert("TN-BDVTU-CU", "Ban Dân vận Tỉnh ủy Thái Nguyên", "Ban Dân vận Tỉnh ủy",
                MASS_MOBILIZATION_COMMISSION, formerThaiNguyen, null, null, beforeMerger);
        long bcsdTn = organizationRepository.insert("TN-BCSD-CU", "Ban cán sự đảng UBND tỉnh Thái Nguyên", "Ban cán sự đảng UBND tỉnh",
                PARTY_DELEGATION, formerThaiNguyen, null, null, beforeMerger);
        long bdvBk = organizationRepository.insert("BK-BDVTU-CU", "Ban Dân vận Tỉnh ủy Bắc Kạn", "Ban Dân vận Tỉnh ủy Bắc Kạn",
                MASS_MOBILIZATION_COMMISSION, formerBacKan, null, null, beforeMerger);
        long btgdvBk = organizationRepository.insert("BK-BTGDV-CU", "Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Kạn", "Ban TG&DV Tỉnh ủy Bắc Kạn",
                MASS_MOBILIZATION_COMMISSION, formerBacKan, null, PARTY_MERGER, COMMUNE_REFORM.minusDays(1));
        String partyDecision = "Quyết định của Ban Thường vụ Tỉnh ủy về hợp nhất các ban đảng (2025)";
        organizations.addSuccession(new OrganizationSuccession(bdvTn, ids.get("TN-BTGDV"), PARTY_MERGER, partyDecision));
        organizations.addSuccession(new OrganizationSuccession(bcsdTn, ids.get("TN-DUUBND"), PARTY_MERGER, partyDecision));
        organizations.addSuccession(new OrganizationSuccession(bdvBk, btgdvBk, PARTY_MERGER, partyDecision));
        organizations.addSuccession(new OrganizationSuccession(btgdvBk, ids.get("TN-BTGDV"), COMMUNE_REFORM,
                "Nghị quyết 202/2025/QH15 (hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên)"));
        ids.put("TN-BDVTU-CU", bdvTn);
        ids.put("TN-BCSD-CU", bcsdTn);
        ids.put("BK-BDVTU-CU", bdvBk);
        ids.put("BK-BTGDV-CU", btgdvBk);
        return ids;
    }

    private void org(Map<String, Long> ids, String code, String name, String shortName, OrganizationKind kind,
                     long unit, String parentCode) {
        Long parent = parentCode == null ? null : ids.get(parentCode);
        ids.put(code, organizationRepository.insert(code, name, shortName, kind, unit, parent, null, null));
    }

    private void loadAccounts(Map<String, Long> orgs) {
        account("admin", "Nguyễn Quản Trị", Role.ADMIN, orgs.get("TN-VP"), "Chuyên viên công nghệ thông tin");
        account("bdv", "Trần Thị Dân Vận", Role.COORDINATOR, orgs.get("TN-BTGDV"), "Chuyên viên Ban Tuyên giáo và Dân vận");
        account("ubnd", "Lê Văn Điều Phối", Role.COORDINATOR, orgs.get("TN-VP"), "Chuyên viên Văn phòng UBND tỉnh");
        account("lanhdao", "Phạm Văn Lãnh Đạo", Role.LEADER, orgs.get("TN-UBND"), "Phó Chủ tịch UBND tỉnh");
        account("xa", "Hoàng Thị Cơ Sở", Role.UNIT_OFFICER, orgs.get("UBX-05503"), "Công chức Văn phòng - Thống kê");
        account("tiepdan", "Vũ Văn Tiếp Dân", Role.CASE_HANDLER, orgs.get("TN-BTCD"), "Chuyên viên Ban Tiếp công dân");
        account("mttq", "Đỗ Thị Mặt Trận", Role.FRONT_OFFICER, orgs.get("TN-MTTQ"), "Chuyên viên Ủy ban MTTQ tỉnh");
    }

    private void account(String username, String fullName, Role role, Long organization, String title) {
        users.createSystemAccount(username, fullName, role, organization, DEMO_PASSWORD, title);
    }
}
