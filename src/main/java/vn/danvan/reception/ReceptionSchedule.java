package vn.danvan.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitLevel;
import vn.danvan.reception.internal.ReceptionRepository;
import vn.danvan.system.VietnameseText;

/**
 * The heads' periodic reception, planned against held, month by month, judged by the rule in force
 * ({@code reception_rule}): "Chủ tịch UBND xã Tân Cương: tháng 08/2026 tổ chức 2/2 ngày tiếp định kỳ".
 *
 * <p>The heads are the organizations in force in the caller's scope that carry an obligation: the People's
 * Committees of the province and the communes (their chairman), the province's departments (their director), the
 * provincial Party committee and the communes' Party committees (their secretary).
 */
@Service
public class ReceptionSchedule {

    private final ReceptionRepository repository;
    private final Receptions receptions;
    private final Organizations organizations;
    private final AdministrativeMap map;

    public ReceptionSchedule(ReceptionRepository repository, Receptions receptions, Organizations organizations, AdministrativeMap map) {
        this.repository = repository;
        this.receptions = receptions;
        this.organizations = organizations;
        this.map = map;
    }

    /** A head and how their periodic reception went in each month of a year (up to the current month). */
    public record HeadSchedule(long organizationId, String organizationName, RuleHolder holder, UnitLevel level, SessionKind kind,
                               String head, List<MonthCompliance> months) {

        public long monthsMet() {
            return months.stream().filter(MonthCompliance::met).count();
        }

        public long monthsJudged() {
            return months.stream().filter(m -> m.state() == MonthCompliance.State.MET || m.state() == MonthCompliance.State.NOT_MET).count();
        }

        public Optional<MonthCompliance> month(YearMonth month) {
            return months.stream().filter(m -> m.month().equals(month)).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public List<HeadSchedule> year(Scope scope, int year) {
        LocalDate today = receptions.today();
        int lastMonth = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        List<Head> heads = heads(scope);
        if (heads.isEmpty() || lastMonth == 0) {
            return heads.stream().map(h -> new HeadSchedule(h.organization.id(), h.organization.name(), h.holder, h.level, h.kind,
                    h.label(), List.of())).toList();
        }
        // a week can straddle two months: read a week on each side
        LocalDate from = LocalDate.of(year, 1, 1).minusDays(7);
        LocalDate to = YearMonth.of(year, lastMonth).atEndOfMonth().plusDays(7);
        Map<Long, List<ReceptionSession>> byOrganization = repository.findSessionsBetween(
                        heads.stream().map(h -> h.organization.id()).toList(), from, to).stream()
                .filter(s -> s.kind().isPeriodic())
                .collect(Collectors.groupingBy(ReceptionSession::organizationId));
        List<ReceptionRule> rules = repository.findRules();
        List<HeadSchedule> schedules = new ArrayList<>();
        for (Head head : heads) {
            List<ReceptionSession> sessions = byOrganization.getOrDefault(head.organization.id(), List.of()).stream()
                    .filter(s -> s.kind() == head.kind).toList();
            List<MonthCompliance> months = new ArrayList<>();
            for (int m = 1; m <= lastMonth; m++) {
                YearMonth month = YearMonth.of(year, m);
                months.add(MonthCompliance.of(month, ruleFor(rules, head.holder, head.level, month.atDay(1)), sessions, today));
            }
            schedules.add(new HeadSchedule(head.organization.id(), head.organization.name(), head.holder, head.level, head.kind,
                    head.label(), months));
        }
        return schedules;
    }

    /** The rule in force for a holder at a level on a day. */
    public static ReceptionRule ruleFor(List<ReceptionRule> rules, RuleHolder holder, UnitLevel level, LocalDate day) {
        return rules.stream().filter(r -> r.holder() == holder && r.level() == level && r.inForceOn(day)).findFirst().orElse(null);
    }

    private record Head(Organization organization, RuleHolder holder, UnitLevel level, SessionKind kind) {
        String label() {
            return headLabel(holder, organization.name());
        }
    }

    /** "Chủ tịch UBND xã Tân Cương", "Giám đốc Sở Nội vụ tỉnh Thái Nguyên", "Bí thư Tỉnh ủy Thái Nguyên". */
    public static String headLabel(RuleHolder holder, String organizationName) {
        String name = organizationName.replace("Ủy ban nhân dân", "UBND");
        return switch (holder) {
            case PEOPLES_COMMITTEE_CHAIR -> "Chủ tịch " + name;
            case DEPARTMENT_HEAD -> "Giám đốc " + name;
            case PARTY_SECRETARY -> "Bí thư " + name;
        };
    }

    private List<Head> heads(Scope scope) {
        List<Head> heads = new ArrayList<>();
        for (Organization organization : organizations.currentInScope(scope)) {
            Optional<AdministrativeUnit> unit = map.find(organization.unitId());
            if (unit.isEmpty() || (unit.get().level() != UnitLevel.PROVINCE && unit.get().level() != UnitLevel.COMMUNE)) {
                continue;
            }
            UnitLevel level = unit.get().level();
            OrganizationKind kind = organization.kind();
            if (kind == OrganizationKind.PEOPLES_COMMITTEE) {
                heads.add(new Head(organization, RuleHolder.PEOPLES_COMMITTEE_CHAIR, level, SessionKind.HEAD_PERIODIC));
            } else if (kind == OrganizationKind.DEPARTMENT && level == UnitLevel.PROVINCE) {
                heads.add(new Head(organization, RuleHolder.DEPARTMENT_HEAD, level, SessionKind.HEAD_PERIODIC));
            } else if (kind == OrganizationKind.PARTY_COMMITTEE && (level == UnitLevel.COMMUNE || organization.parentId() == null)) {
                // the provincial Party committee itself, not the Party committees of bodies under it
                heads.add(new Head(organization, RuleHolder.PARTY_SECRETARY, level, SessionKind.PARTY_HEAD_PERIODIC));
            }
        }
        heads.sort(Comparator.comparing((Head h) -> h.level == UnitLevel.PROVINCE ? 0 : 1)
                .thenComparing(h -> h.holder.ordinal())
                .thenComparing(h -> h.organization.name(), VietnameseText.order()));
        return heads;
    }
}
