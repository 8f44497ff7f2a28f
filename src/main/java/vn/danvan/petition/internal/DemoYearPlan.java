package vn.danvan.petition.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.danvan.calendar.CalendarRules;
import vn.danvan.petition.ArchiveReason;
import vn.danvan.petition.CaseAction;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.CaseWorkflow;
import vn.danvan.petition.Channel;
import vn.danvan.petition.LegalRule;
import vn.danvan.petition.LegalRuleSelection;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.RuleStep;
import vn.danvan.petition.RuleVariant;
import vn.danvan.petition.Satisfaction;
import vn.danvan.petition.SlaClock;
import vn.danvan.petition.TrackingCode;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.VietnameseFormat;

/**
 * A year of petitions and cases for the demo province, planned in memory from a seed: pure (the calendar and the rule
 * table are passed in), so the same seed, day and setting give the same plan, and every due date is the one the legal
 * clock ({@link SlaClock}) gives for the case's recorded events under the rule in force on its dates. Every state
 * change of a case passes {@link CaseWorkflow}, like the service's actions. {@link DemoYearWriter} stores the plan.
 *
 * <p>Shape (the shares of the provincial reports): about a quarter complaints, one in twelve denunciations, the rest
 * recommendations and feedback; land first; received at the province's citizen reception board, the communes'
 * People's Committees and a few departments, over the twelve months before today. About half are accepted as cases;
 * the others are transferred, guided, archived (anonymous denunciations among them) or, when recent, still to
 * classify. Most cases are resolved in time, some late, a few are overdue now, some suspended or extended; repeated
 * petitions of the same person attach to the matter's case; some complaints go to a second instance; crowd
 * delegations send their representatives.
 */
public final class DemoYearPlan {

    /** An organization of the demo province. {@code symbol}: its part of a document number ("UBND", "TTr"). */
    public record Org(long id, String code, String name, String path, long unitId, String symbol) {
    }

    /** Where matters arise: a commune (with its People's Committee when the demo has one) or the province itself. */
    public record Place(long unitId, String code, String name, String path, boolean remote, Org committee) {
    }

    /**
     * @param former    a former commune whose matters roll up into {@code formerOf} today (may be null)
     * @param orgs      by code: TN-BTCD, TN-UBND, TN-TTR, TN-SNNMT, TN-SNV, TN-MTTQ (the last three optional)
     */
    public record Setting(LocalDate today, Place province, List<Place> communes, Place former, Place formerOf, Map<String, Org> orgs,
                          Set<String> formerProvinceCodes, long handlerId, String handlerName, long leaderId, String leaderName) {
    }

    public record Person(String fullName, String address, String idNumber, String phone, boolean representative) {
    }

    /** One state change of a case (a {@code case_transition} row); {@code childCase} names the second instance it opened. */
    public record Step(CaseAction action, LocalDate on, int minute, String actor, CaseStatus from, CaseStatus to, String reason,
                       int childCase) {

        /** The placeholder in a first instance's reason that the writer replaces with the second instance's id. */
        public static final String CHILD = "{child}";
    }

    public record ClockMark(SlaClock.Kind kind, LocalDate on, Integer days, RuleVariant variant, String reason, String actor) {
    }

    public record RecordMark(String kind, LocalDate heldOn, String participants, String content, String actor) {
    }

    public record Demand(LocalDate demandedOn, LegalRule rule, LocalDate due, String note, LocalDate reportedOn, String reportText,
                         String reportedBy) {
    }

    /** A conclusion registered in the document registry (complaint decisions, denunciation conclusions). */
    public record Decision(String numberSymbol, Org issuer, LocalDate issuedOn, String title) {
    }

    public record PlannedCase(int index, MatterCategory category, MatterField field, int instance, PlannedCase parent, RuleVariant variant,
                              String title, Org handling, Place place, Long leaderId, List<Long> handlerIds, LocalDate acceptedOn,
                              String actor, LegalRule rule, SlaClock.Result clock, CaseStatus status, CaseStatus statusBeforeSuspension,
                              int extensionsUsed, String verificationPlan, Decision decision, String conclusionSummary,
                              LocalDate concludedOn, LocalDate notifiedOn, LocalDate closedOn, Satisfaction satisfaction,
                              String satisfactionNote, int petitionCount, int version, List<Step> steps, List<ClockMark> clockMarks,
                              List<RecordMark> records, List<Demand> demands) {
    }

    public record PlannedPetition(int index, String trackingCode, Channel channel, String sourceAgency, MatterCategory category,
                                  MatterField field, LocalDate receivedOn, int minute, Org receiving, Place place, String respondent,
                                  String content, boolean crowd, int petitionerCount, List<Person> petitioners, LegalRule classifyRule,
                                  LocalDate classifyDue, PetitionStatus status, LocalDate classifiedOn, String actor, String outcomeReason,
                                  ArchiveReason archiveReason, Org transferOrg, String transferName, PlannedCase plannedCase,
                                  PlannedPetition duplicateOf) {

        public boolean protectedIdentity() {
            return category == MatterCategory.DENUNCIATION;
        }

        public boolean named() {
            return petitioners.stream().anyMatch(p -> p.fullName() != null);
        }
    }

    private final List<PlannedPetition> petitions;
    private final List<PlannedCase> cases;

    private DemoYearPlan(List<PlannedPetition> petitions, List<PlannedCase> cases) {
        this.petitions = List.copyOf(petitions);
        this.cases = List.copyOf(cases);
    }

    /** In the order to store: originals before the repeated petitions that point to them. */
    public List<PlannedPetition> petitions() {
        return petitions;
    }

    /** First instances before the second instances that point to them. */
    public List<PlannedCase> cases() {
        return cases;
    }

    /** SHA-256 over the planned values of every petition and case: equal digests, equal data. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PlannedPetition p : petitions) {
                sha.update(String.join("|", String.valueOf(p.index()), p.trackingCode(), p.channel().name(), String.valueOf(p.sourceAgency()),
                        p.category().name(), p.field().name(), p.receivedOn().toString(), String.valueOf(p.minute()), p.receiving().code(),
                        p.place().code(), String.valueOf(p.respondent()), p.content(), String.valueOf(p.crowd()),
                        String.valueOf(p.petitionerCount()), p.petitioners().toString(), String.valueOf(p.classifyDue()), p.status().name(),
                        String.valueOf(p.classifiedOn()), String.valueOf(p.outcomeReason()), String.valueOf(p.archiveReason()),
                        String.valueOf(p.transferName()), p.plannedCase() == null ? "-" : String.valueOf(p.plannedCase().index()),
                        p.duplicateOf() == null ? "-" : String.valueOf(p.duplicateOf().index()), "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (PlannedCase c : cases) {
                sha.update(String.join("|", String.valueOf(c.index()), c.title(), c.handling().code(), c.variant().name(),
                        c.acceptedOn().toString(), c.status().name(), String.valueOf(c.clock().due()), String.valueOf(c.concludedOn()),
                        String.valueOf(c.satisfaction()), c.steps().toString(), c.clockMarks().toString(), c.records().toString(),
                        String.valueOf(c.decision()), String.valueOf(c.petitionCount()), "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DemoYearPlan build(Setting setting, CalendarRules calendar, List<LegalRule> rules, int count, long seed) {
        return new Planner(setting, calendar, rules, new Random(seed)).plan(count);
    }

    // --- the planner

    private static final class Planner {
        final Setting s;
        final CalendarRules calendar;
        final List<LegalRule> rules;
        final Random random;
        final LocalDate today;
        final LocalDate first;
        final List<PlannedPetition> petitions = new ArrayList<>();
        final List<PlannedPetition> repeated = new ArrayList<>();
        final List<PlannedCase> cases = new ArrayList<>();
        final List<PlannedCase> secondCases = new ArrayList<>();
        final Set<String> codes = new HashSet<>();
        final Set<String> idNumbers = new HashSet<>();
        final Map<Long, int[]> decisionNumbers = new HashMap<>();
        final Map<String, LocalDate> classifyDues = new HashMap<>();
        int petitionIndex;
        int caseIndex;

        Planner(Setting setting, CalendarRules calendar, List<LegalRule> rules, Random random) {
            this.s = setting;
            this.calendar = calendar;
            this.rules = rules;
            this.random = random;
            this.today = setting.today();
            this.first = today.minusDays(364);
        }

        DemoYearPlan plan(int count) {
            while (petitions.size() + repeated.size() < count) {
                matter(count - petitions.size() - repeated.size());
            }
            List<PlannedPetition> all = new ArrayList<>(petitions);
            all.addAll(repeated);
            List<PlannedCase> allCases = new ArrayList<>(cases);
            allCases.addAll(secondCases);
            return new DemoYearPlan(all, allCases);
        }

        // --- one matter: its first petition, its classification, its case and the petitions repeating it

        void matter(int room) {
            MatterCategory category = DemoYearTexts.category(random);
            DemoYearTexts.Matter matter = DemoYearTexts.matter(random, category);
            Place place = place(matter);
            Place named = place.unitId() == s.province().unitId() ? s.communes().get(random.nextInt(s.communes().size())) : place;
            String hamlet = DemoYearTexts.pick(random, DemoYearTexts.HAMLETS);
            Map<String, String> slots = DemoYearTexts.slots(random, matter, shortName(named), hamlet, today.getYear());
            String respondent = DemoYearTexts.fill(matter.respondent(), slots);
            String content = DemoYearTexts.fill(matter.content(), slots);
            LocalDate received = receivedDay();
            Channel channel = channel(received);
            boolean anonymous = category == MatterCategory.DENUNCIATION && random.nextInt(100) < 12;
            boolean crowd = !anonymous && category != MatterCategory.DENUNCIATION && random.nextInt(100) < 4;
            int crowdSize = crowd ? (random.nextInt(3) == 0 ? 11 + random.nextInt(35) : 5 + random.nextInt(6)) : 0;
            List<Person> people = new ArrayList<>();
            int listed = anonymous ? 0 : crowd ? (crowdSize <= 10 ? 1 + random.nextInt(2) : 2 + random.nextInt(4)) : random.nextInt(100) < 88 ? 1 : 2;
            for (int i = 0; i < listed; i++) {
                people.add(person(named, hamlet, crowd));
            }
            if (crowd) {
                content = "Các hộ dân " + hamlet + ", " + named.name() + " cùng ký đơn (" + crowdSize + " người): " + lowerFirst(content);
            }
            Org receiving = receiving(place, matter);
            Org competent = competent(place, matter);
            PetitionBuilder p = new PetitionBuilder(channel, category, matter.field(), received, receiving, place, respondent, content, crowd,
                    Math.max(listed, crowdSize), people);
            LocalDate classified = classificationDay(p);
            if (classified == null) {
                petitions.add(p.unclassified());
                return;
            }
            String actor = actor(receiving);
            int draw = random.nextInt(100);
            if (anonymous) {
                petitions.add(p.archived(classified, actor, ArchiveReason.ANONYMOUS, "Đơn tố cáo không ghi rõ họ tên, địa chỉ người tố cáo (Luật Tố cáo 2018, Điều 25)"));
                return;
            }
            if (draw < 8) {
                ArchiveReason reason = category == MatterCategory.COMPLAINT && random.nextBoolean() ? ArchiveReason.OUT_OF_TIME
                        : random.nextInt(3) == 0 ? ArchiveReason.MISSING_CONTENT : ArchiveReason.ALREADY_RESOLVED;
                petitions.add(p.archived(classified, actor, reason, switch (reason) {
                    case OUT_OF_TIME -> "Hết thời hiệu khiếu nại (Luật Khiếu nại 2011, Điều 9)";
                    case MISSING_CONTENT -> "Đơn không rõ nội dung, không đủ căn cứ để xử lý";
                    default -> "Vụ việc đã được giải quyết đúng chính sách, pháp luật; đơn không có tình tiết mới";
                }));
                return;
            }
            if (draw < 20) {
                petitions.add(p.classified(PetitionStatus.GUIDED, classified, actor, DemoYearTexts.pick(random, DemoYearTexts.GUIDE_REASONS)));
                return;
            }
            boolean unlisted = place.unitId() != s.province().unitId() && committee(place) == null;
            if (draw < (unlisted ? 58 : 44)) {
                if (unlisted && random.nextInt(3) > 0) {
                    petitions.add(p.transferred(classified, actor, null, "Ủy ban nhân dân " + shortName(place), "Thuộc thẩm quyền giải quyết của Chủ tịch UBND cấp xã nơi phát sinh vụ việc"));
                } else if (competent.id() != receiving.id() && random.nextInt(4) > 0) {
                    petitions.add(p.transferred(classified, actor, competent, competent.name(), "Không thuộc thẩm quyền; chuyển cơ quan có thẩm quyền giải quyết"));
                } else {
                    petitions.add(p.transferred(classified, actor, null, DemoYearTexts.pick(random, DemoYearTexts.OUTSIDE_AGENCIES),
                            "Nội dung thuộc thẩm quyền của cơ quan khác"));
                }
                return;
            }
            PlannedPetition original = p.accepted(classified, actor);
            CaseBuilder c = openCase(original, competent, classified);
            c.live();
            // repeated petitions of the same people on the same matter, attached to the case
            int repeats = random.nextInt(100) < (category == MatterCategory.COMPLAINT ? 30 : category == MatterCategory.DENUNCIATION ? 10 : 12)
                    ? 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1) : 0;
            List<PlannedPetition> attached = new ArrayList<>();
            LocalDate last = classified;
            for (int i = 0; i < repeats && attached.size() + 2 < room; i++) {
                LocalDate again = last.plusDays(12 + random.nextInt(40));
                if (again.isAfter(today)) {
                    break;
                }
                again = workingDayOnOrBefore(again);
                last = again;
                Org at = random.nextBoolean() ? receiving : s.orgs().get("TN-BTCD");
                PetitionBuilder r = new PetitionBuilder(random.nextBoolean() ? Channel.POST : channel == Channel.TRANSFERRED ? Channel.POST : channel,
                        category, matter.field(), again, at, place, respondent,
                        "Đã gửi đơn ngày " + VietnameseFormat.date(received) + " nhưng chưa nhận được kết quả giải quyết, tiếp tục đề nghị: "
                                + lowerFirst(p.content), crowd, p.petitionerCount, people);
                LocalDate attachOn = classificationDay(r);
                if (attachOn == null) {
                    attached.add(r.unclassified());
                    continue;
                }
                attached.add(r.attached(attachOn, actor(at), original));
            }
            c.attach(attached.stream().filter(a -> a.status() == PetitionStatus.ATTACHED).toList());
            CaseBuilder second = secondInstance(c);
            PlannedCase done = c.finish();
            cases.add(done);
            if (second != null) {
                second.live();
                secondCases.add(second.finish(done));
            }
            PlannedPetition accepted = withCase(original, done, null);
            petitions.add(accepted);
            for (PlannedPetition a : attached) {
                repeated.add(a.status() == PetitionStatus.ATTACHED ? withCase(a, done, accepted) : a);
            }
        }

        PlannedPetition withCase(PlannedPetition p, PlannedCase c, PlannedPetition original) {
            return new PlannedPetition(p.index(), p.trackingCode(), p.channel(), p.sourceAgency(), p.category(), p.field(), p.receivedOn(),
                    p.minute(), p.receiving(), p.place(), p.respondent(), p.content(), p.crowd(), p.petitionerCount(), p.petitioners(),
                    p.classifyRule(), p.classifyDue(), p.status(), p.classifiedOn(), p.actor(), p.outcomeReason(), p.archiveReason(),
                    p.transferOrg(), p.transferName(), c, original);
        }

        // --- petitions

        final class PetitionBuilder {
            final int index = ++petitionIndex;
            final String code = trackingCode();
            final int minute = 7 * 60 + 30 + random.nextInt(9 * 60);
            final Channel channel;
            final String source;
            final MatterCategory category;
            final MatterField field;
            final LocalDate received;
            final Org receiving;
            final Place place;
            final String respondent;
            final String content;
            final boolean crowd;
            final int petitionerCount;
            final List<Person> people;
            final LegalRule rule;
            final LocalDate due;

            PetitionBuilder(Channel channel, MatterCategory category, MatterField field, LocalDate received, Org receiving, Place place,
                            String respondent, String content, boolean crowd, int petitionerCount, List<Person> people) {
                this.channel = channel;
                this.source = channel == Channel.TRANSFERRED ? DemoYearTexts.pick(random, DemoYearTexts.TRANSFER_SOURCES) : null;
                this.category = category;
                this.field = field;
                this.received = received;
                this.receiving = receiving;
                this.place = place;
                this.respondent = respondent;
                this.content = content;
                this.crowd = crowd;
                this.petitionerCount = petitionerCount;
                this.people = List.copyOf(people);
                this.rule = rule(category.name(), 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, received);
                this.due = classifyDues.computeIfAbsent(rule.id() + "@" + received, k -> SlaClock.compute(calendar, rule.limitDays(),
                        rule.countingMode(), false, List.of(SlaClock.Event.start(received))).due());
            }

            PlannedPetition build(PetitionStatus status, LocalDate on, String actor, String reason, ArchiveReason archive, Org transferOrg,
                                  String transferName, PlannedPetition duplicateOf) {
                return new PlannedPetition(index, code, channel, source, category, field, received, minute, receiving, place, respondent,
                        content, crowd, petitionerCount, people, rule, due, status, on, actor, reason, archive, transferOrg, transferName,
                        null, duplicateOf);
            }

            PlannedPetition unclassified() {
                return build(PetitionStatus.RECEIVED, null, null, null, null, null, null, null);
            }

            PlannedPetition archived(LocalDate on, String actor, ArchiveReason reason, String text) {
                return build(PetitionStatus.ARCHIVED, on, actor, text, reason, null, null, null);
            }

            PlannedPetition classified(PetitionStatus status, LocalDate on, String actor, String reason) {
                return build(status, on, actor, reason, null, null, null, null);
            }

            PlannedPetition transferred(LocalDate on, String actor, Org target, String name, String reason) {
                return build(PetitionStatus.TRANSFERRED, on, actor, reason, null, target, name, null);
            }

            PlannedPetition accepted(LocalDate on, String actor) {
                return build(PetitionStatus.ACCEPTED, on, actor, null, null, null, null, null);
            }

            PlannedPetition attached(LocalDate on, String actor, PlannedPetition original) {
                return build(PetitionStatus.ATTACHED, on, actor, "Đơn trùng nội dung đã thụ lý", null, null, null, original);
            }
        }

        /** Mostly within the legal time limit, some late; a recent petition may still wait, and a few older ones too. */
        LocalDate classificationDay(PetitionBuilder p) {
            int draw = random.nextInt(100);
            if (draw < 1 && ChronoUnit.DAYS.between(p.received, today) > 20) {
                return null; // forgotten: overdue for classification
            }
            LocalDate on = draw < 92 ? workingDaysAfter(p.received, 1 + random.nextInt(7)) : workingDaysAfter(p.due, 1 + random.nextInt(6));
            return on.isAfter(today) || on.isAfter(today.minusDays(random.nextInt(3))) && random.nextBoolean() ? null : on;
        }

        // --- cases

        CaseBuilder openCase(PlannedPetition petition, Org handling, LocalDate accepted) {
            boolean province = isProvinceLevel(handling);
            boolean formal = petition.category() == MatterCategory.COMPLAINT || petition.category() == MatterCategory.DENUNCIATION;
            List<Long> handlers = province ? List.of(s.handlerId()) : List.of();
            Long leader = province && formal ? s.leaderId() : null;
            RuleVariant variant = variant(petition.category(), petition.place());
            String title = title(petition.respondent(), petition.content());
            return new CaseBuilder(++caseIndex, petition.category(), petition.field(), 1, null, variant, title, handling, petition.place(), leader, handlers,
                    accepted, actor(handling), "Thụ lý đơn " + TrackingCode.display(petition.trackingCode()));
        }

        RuleVariant variant(MatterCategory category, Place place) {
            int draw = random.nextInt(100);
            return switch (category) {
                case COMPLAINT -> place.remote() ? (draw < 15 ? RuleVariant.REMOTE_COMPLEX : RuleVariant.REMOTE)
                        : draw < 14 ? RuleVariant.COMPLEX : RuleVariant.NORMAL;
                case DENUNCIATION -> draw < 8 ? RuleVariant.ESPECIALLY_COMPLEX : draw < 30 ? RuleVariant.COMPLEX : RuleVariant.NORMAL;
                default -> RuleVariant.NORMAL;
            };
        }

        /** One case's story: its steps are checked by {@link CaseWorkflow} as they are added, like the service's actions. */
        final class CaseBuilder {
            final int index;
            final MatterCategory category;
            final MatterField field;
            final int instance;
            final PlannedCase parent;
            final RuleVariant variant;
            final String title;
            final Org handling;
            final Place place;
            final Long leader;
            final List<Long> handlers;
            final LocalDate accepted;
            final String actor;
            final LegalRule rule;
            final List<Step> steps = new ArrayList<>();
            final List<ClockMark> clock = new ArrayList<>();
            final List<RecordMark> records = new ArrayList<>();
            final List<Demand> demands = new ArrayList<>();
            final List<Step> extra = new ArrayList<>();
            CaseStatus status = CaseStatus.ACCEPTED;
            CaseStatus beforeSuspension;
            int extensions;
            String plan;
            Decision decision;
            String summary;
            LocalDate concluded;
            LocalDate notified;
            LocalDate closed;
            Satisfaction satisfaction;
            String satisfactionNote;
            /** The petitions in the case: the accepted one, then the attached ones; a second instance opens without one. */
            int petitionCount;
            PlannedCase child;

            CaseBuilder(int index, MatterCategory category, MatterField field, int instance, PlannedCase parent, RuleVariant variant,
                        String title, Org handling, Place place, Long leader, List<Long> handlers, LocalDate accepted, String actor,
                        String reason) {
                this.index = index;
                this.category = category;
                this.field = field;
                this.instance = instance;
                this.petitionCount = instance == 1 ? 1 : 0;
                this.parent = parent;
                this.variant = variant;
                this.title = title.length() > 500 ? title.substring(0, 500) : title;
                this.handling = handling;
                this.place = place;
                this.leader = leader;
                this.handlers = handlers;
                this.accepted = accepted;
                this.actor = actor;
                this.rule = rule(category.name(), instance, RuleStep.RESOLVE, variant, accepted);
                steps.add(new Step(instance == 1 ? CaseAction.ACCEPT : CaseAction.OPEN_SECOND_INSTANCE, accepted, 0, actor, null,
                        CaseStatus.ACCEPTED, reason, 0));
                clock.add(new ClockMark(SlaClock.Kind.START, accepted, null, variant, rule.legalSource(), actor));
            }

            SlaClock.Result clock() {
                return SlaClock.compute(calendar, rule.limitDays(), rule.countingMode(), rule.suspensionExcluded(),
                        clock.stream().map(m -> new SlaClock.Event(m.kind(), m.on(), m.days() == null ? 0 : m.days())).toList());
            }

            void step(CaseAction action, LocalDate on, String reason) {
                CaseStatus next = CaseWorkflow.next(status, action, beforeSuspension);
                steps.add(new Step(action, on, 0, action == CaseAction.DEMAND_REPORT ? "lanhdao" : actor, status, next,
                        reason != null && reason.length() > 2000 ? reason.substring(0, 2000) : reason, 0));
                if (action == CaseAction.SUSPEND) {
                    beforeSuspension = status;
                } else if (action == CaseAction.RESUME) {
                    beforeSuspension = null;
                }
                status = next;
            }

            LocalDate last() {
                return steps.get(steps.size() - 1).on();
            }

            /** The whole life of the case up to today. */
            void live() {
                boolean formal = category == MatterCategory.COMPLAINT || category == MatterCategory.DENUNCIATION;
                if (instance == 2) {
                    LocalDate on = capped(accepted.plusDays(1 + random.nextInt(3)));
                    if (on == null) {
                        return;
                    }
                    step(CaseAction.ASSIGN, on, "Phân công: " + s.handlerName() + "; lãnh đạo phụ trách: " + s.leaderName());
                }
                if (formal || random.nextInt(100) < 35) {
                    LocalDate on = capped(last().plusDays(1 + random.nextInt(formal ? 6 : 3)));
                    if (on == null) {
                        return;
                    }
                    plan = formal ? "Xác minh hồ sơ, tài liệu liên quan; làm việc với " + subject() + " và người có đơn; kiểm tra thực địa tại "
                            + place.name() + "; báo cáo kết quả xác minh trước khi ban hành " + (category == MatterCategory.DENUNCIATION
                            ? "kết luận nội dung tố cáo." : "quyết định giải quyết khiếu nại.")
                            : "Kiểm tra thực tế tại " + place.name() + ", làm việc với " + subject() + ", trả lời công dân bằng văn bản.";
                    records.add(new RecordMark("PLAN", on, null, plan, actor));
                    step(CaseAction.PLAN, on, "Kế hoạch xác minh");
                }
                // extension (complex denunciations, Luật Tố cáo 2018 Art. 30) and suspension
                for (int i = 0; i < rule.maxExtensions() && random.nextInt(100) < 75; i++) {
                    LocalDate on = capped(clock().due().minusDays(3 + random.nextInt(6)));
                    if (on == null || on.isBefore(last())) {
                        break;
                    }
                    int days = random.nextInt(3) == 0 ? 15 + random.nextInt(15) : rule.extensionDays();
                    String why = i == 0 ? "Vụ việc phức tạp, cần xác minh thêm tại nhiều hộ dân và cơ quan liên quan"
                            : "Cần trưng cầu giám định tài liệu, chứng cứ";
                    clock.add(new ClockMark(SlaClock.Kind.EXTEND, on, days, null, why, actor));
                    extensions++;
                    step(CaseAction.EXTEND, on, "Gia hạn lần " + extensions + ", " + days + " ngày: " + why);
                }
                if (formal && random.nextInt(100) < 6) {
                    LocalDate on = capped(last().plusDays(3 + random.nextInt(10)));
                    if (on == null) {
                        return;
                    }
                    String why = DemoYearTexts.pick(random, DemoYearTexts.SUSPEND_REASONS);
                    step(CaseAction.SUSPEND, on, why);
                    clock.add(new ClockMark(SlaClock.Kind.PAUSE, on, null, null, why, actor));
                    LocalDate resumed = capped(on.plusDays(10 + random.nextInt(50)));
                    if (resumed == null) {
                        return; // still suspended today
                    }
                    String again = "Đã có kết quả, tiếp tục giải quyết";
                    step(CaseAction.RESUME, resumed, again);
                    clock.add(new ClockMark(SlaClock.Kind.RESUME, resumed, null, null, again, actor));
                }
                if (category == MatterCategory.COMPLAINT && random.nextInt(100) < 55) {
                    LocalDate on = capped(last().plusDays(4 + random.nextInt(12)));
                    if (on == null) {
                        return;
                    }
                    String content = DemoYearTexts.pick(random, DemoYearTexts.DIALOGUE_CONTENT);
                    records.add(new RecordMark("DIALOGUE", on, "Người khiếu nại; đại diện " + handling.name() + "; người bị khiếu nại", content, actor));
                    step(CaseAction.DIALOGUE, on, "Biên bản đối thoại ngày " + VietnameseFormat.date(on));
                }
                // the resolution: most on time, some late, a few not yet although overdue
                SlaClock.Result running = clock();
                LocalDate due = running.due();
                int draw = random.nextInt(100);
                LocalDate resolve;
                if (draw < 85) {
                    long room = Math.max(0, ChronoUnit.DAYS.between(last(), due));
                    resolve = due.minusDays(random.nextInt((int) Math.min(room, Math.max(1, running.period() / 2)) + 1));
                } else if (draw < 95) {
                    resolve = due.plusDays(1 + random.nextInt(25));
                } else {
                    resolve = null; // stuck: overdue once its due date passed
                }
                if (resolve == null || resolve.isAfter(today)) {
                    demands(due);
                    return;
                }
                if (resolve.isBefore(last())) {
                    resolve = last();
                }
                conclude(resolve);
                LocalDate notifyOn = capped(resolve.plusDays(random.nextInt(5)));
                if (notifyOn == null) {
                    return;
                }
                notified = notifyOn;
                step(CaseAction.NOTIFY, notifyOn, category == MatterCategory.DENUNCIATION ? "Thông báo kết luận nội dung tố cáo cho người tố cáo"
                        : formal ? "Gửi quyết định giải quyết khiếu nại cho người khiếu nại và các bên liên quan" : "Thông báo kết quả cho các bên");
                LocalDate closeOn = capped(notifyOn.plusDays(1 + random.nextInt(20)));
                if (closeOn == null || random.nextInt(100) < 10) {
                    return;
                }
                int mood = random.nextInt(100);
                int content = category == MatterCategory.COMPLAINT ? 62 : category == MatterCategory.DENUNCIATION ? 72 : 84;
                satisfaction = mood < 8 ? null : mood < content ? Satisfaction.SATISFIED : Satisfaction.UNSATISFIED;
                satisfactionNote = satisfaction == Satisfaction.UNSATISFIED ? DemoYearTexts.pick(random, DemoYearTexts.UNSATISFIED_NOTES) : null;
                closed = closeOn;
                step(CaseAction.CLOSE, closeOn, satisfaction == null ? "Đóng hồ sơ"
                        : "Đóng hồ sơ; công dân " + (satisfaction == Satisfaction.SATISFIED ? "hài lòng" : "không hài lòng"));
            }

            String subject() {
                return category == MatterCategory.DENUNCIATION ? "người bị tố cáo" : category == MatterCategory.COMPLAINT ? "người bị khiếu nại"
                        : "cơ quan, đơn vị liên quan";
            }

            void conclude(LocalDate on) {
                String signer = handling.code().startsWith("UBX-") || handling.code().equals("TN-UBND") ? "Chủ tịch " + shortOrg(handling)
                        : "Thủ trưởng " + handling.name();
                if (category == MatterCategory.COMPLAINT || category == MatterCategory.DENUNCIATION) {
                    boolean denunciation = category == MatterCategory.DENUNCIATION;
                    int number = nextNumber(handling, on);
                    String numberSymbol = number + (denunciation ? "/KL-" : "/QĐ-") + handling.symbol();
                    decision = new Decision(numberSymbol, handling, on, denunciation ? "Kết luận nội dung tố cáo: " + shortTitle()
                            : "Quyết định giải quyết khiếu nại" + (instance == 2 ? " lần hai" : " lần đầu") + ": " + shortTitle());
                    int verdict = random.nextInt(3);
                    summary = (denunciation ? "Kết luận số " : "Quyết định số ") + numberSymbol + " ngày " + VietnameseFormat.date(on) + " của "
                            + signer + ": " + (denunciation ? switch (verdict) {
                                case 0 -> "nội dung tố cáo là đúng; kiến nghị xử lý kỷ luật người vi phạm, thu hồi khoản tiền sai phạm.";
                                case 1 -> "nội dung tố cáo đúng một phần; yêu cầu kiểm điểm trách nhiệm cán bộ liên quan.";
                                default -> "nội dung tố cáo là không có cơ sở; giữ bí mật thông tin người tố cáo theo quy định.";
                            } : switch (verdict) {
                                case 0 -> "công nhận nội dung khiếu nại là đúng; sửa đổi quyết định bị khiếu nại, bổ sung hỗ trợ cho gia đình.";
                                case 1 -> "khiếu nại đúng một phần; giao cơ quan chuyên môn rà soát, điều chỉnh phương án.";
                                default -> "khiếu nại là không có cơ sở; giữ nguyên quyết định bị khiếu nại, giải thích cho người khiếu nại.";
                            });
                } else {
                    summary = "Văn bản số " + nextNumber(handling, on) + "/" + handling.symbol() + "-TCD ngày " + VietnameseFormat.date(on)
                            + " trả lời công dân: " + switch (random.nextInt(3)) {
                                case 0 -> "đã kiểm tra thực tế, giao đơn vị liên quan khắc phục trong tháng; kết quả được thông báo công khai tại nhà văn hóa.";
                                case 1 -> "kiến nghị của công dân đã được tiếp thu, đưa vào kế hoạch năm tới; giải thích chính sách hiện hành.";
                                default -> "nội dung phản ánh đúng một phần; đã chấn chỉnh, yêu cầu cán bộ liên quan rút kinh nghiệm.";
                            };
                }
                concluded = on;
                clock.add(new ClockMark(SlaClock.Kind.STOP, on, null, null, "Kết luận / quyết định giải quyết", actor));
                step(CaseAction.CONCLUDE, on, summary);
            }

            /** A superior body demands a report on some overdue cases (Luật Tố cáo 2018, Art. 38). */
            void demands(LocalDate due) {
                if (status == CaseStatus.SUSPENDED || !today.isAfter(due.plusDays(5)) || random.nextInt(100) >= 35) {
                    return;
                }
                LocalDate on = workingDayOnOrBefore(due.plusDays(5 + random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(due, today) - 4))));
                if (on.isAfter(today) || on.isBefore(last())) {
                    return;
                }
                LegalRule demandRule = rule(category.name(), 0, RuleStep.REPORT_DEMAND, RuleVariant.NORMAL, on);
                LocalDate demandDue = calendar.add(on, demandRule.limitDays(), demandRule.countingMode()).due();
                LocalDate reported = capped(on.plusDays(2 + random.nextInt(6)));
                boolean reports = reported != null && random.nextInt(100) < 60;
                demands.add(new Demand(on, demandRule, demandDue, "Báo cáo lý do chậm giải quyết, đề xuất hướng xử lý",
                        reports ? reported : null, reports ? "Vụ việc phức tạp, đang chờ ý kiến của cơ quan chuyên môn; dự kiến ban hành "
                        + (category == MatterCategory.DENUNCIATION ? "kết luận" : "văn bản giải quyết") + " trong tháng." : null,
                        reports ? actor : null));
                extra.add(new Step(CaseAction.DEMAND_REPORT, on, 0, "lanhdao", null, null, "Yêu cầu báo cáo trước "
                        + VietnameseFormat.date(demandDue) + " (" + demandRule.legalSource() + ")", 0));
                if (reports) {
                    extra.add(new Step(CaseAction.REPORT, reported, 0, actor, null, null, "Báo cáo theo yêu cầu ngày "
                            + VietnameseFormat.date(on), 0));
                }
            }

            void attach(List<PlannedPetition> attached) {
                for (PlannedPetition a : attached) {
                    petitionCount++;
                    extra.add(new Step(CaseAction.ATTACH_PETITION, a.classifiedOn(), 0, a.actor(), null, null,
                            "Đơn trùng " + TrackingCode.display(a.trackingCode()) + ": " + a.outcomeReason(), 0));
                }
            }

            String shortTitle() {
                return title.length() > 160 ? title.substring(0, 157) + "…" : title;
            }

            /** Merges the steps that do not change the state at their dates, then checks the whole log with the workflow. */
            PlannedCase finish() {
                return finish(parent);
            }

            PlannedCase finish(PlannedCase parentCase) {
                List<Step> merged = new ArrayList<>(steps);
                for (Step e : extra) {
                    int at = merged.size();
                    while (at > 0 && merged.get(at - 1).on().isAfter(e.on())) {
                        at--;
                    }
                    merged.add(at, e);
                }
                List<Step> log = new ArrayList<>();
                CaseStatus current = null;
                CaseStatus before = null;
                LocalDate day = null;
                int minute = 0;
                for (Step step : merged) {
                    CaseStatus from = step.from() == null && step.to() == null ? current : step.from();
                    CaseStatus to = step.to() == null ? current : step.to();
                    if (current != null) {
                        if (CaseWorkflow.next(current, step.action(), before) != to) {
                            throw new IllegalStateException("Demo case " + index + ": " + step.action() + " from " + current);
                        }
                    }
                    if (step.action() == CaseAction.SUSPEND) {
                        before = current;
                    }
                    minute = step.on().equals(day) ? minute + 5 + random.nextInt(40) : 8 * 60 + random.nextInt(60);
                    day = step.on();
                    log.add(new Step(step.action(), step.on(), Math.min(minute, 23 * 60), step.actor(), from, to, step.reason(), step.childCase()));
                    current = to;
                }
                int version = (int) log.stream().filter(st -> moves(st.action())).count();
                return new PlannedCase(index, category, field, instance, parentCase, variant, title, handling, place, leader, handlers, accepted,
                        actor, rule, clock(), status, status == CaseStatus.SUSPENDED ? beforeSuspension : null, extensions, plan, decision,
                        summary, concluded, notified, closed, satisfaction, satisfactionNote, petitionCount, version, List.copyOf(log),
                        List.copyOf(clock), List.copyOf(records), List.copyOf(demands));
            }
        }

        static boolean moves(CaseAction action) {
            return switch (action) {
                case ASSIGN, PLAN, DIALOGUE, CHANGE_VARIANT, EXTEND, SUSPEND, RESUME, CONCLUDE, NOTIFY, CLOSE -> true;
                default -> false;
            };
        }

        /**
         * A first-instance complaint whose complainant is not satisfied may go to the second instance at the province
         * (Luật Khiếu nại 2011, Art. 33: within the filing window after the decision); the first case logs it.
         */
        CaseBuilder secondInstance(CaseBuilder first) {
            if (first.category != MatterCategory.COMPLAINT || first.notified == null || first.satisfaction == Satisfaction.SATISFIED
                    || random.nextInt(100) >= 30) {
                return null;
            }
            boolean remote = first.variant == RuleVariant.REMOTE || first.variant == RuleVariant.REMOTE_COMPLEX;
            LegalRule window = rule(first.category.name(), 2, RuleStep.FILE_SECOND, remote ? RuleVariant.REMOTE : RuleVariant.NORMAL,
                    first.concluded);
            LocalDate lastDay = calendar.add(first.concluded, window.limitDays(), window.countingMode()).due();
            LocalDate on = workingDayOnOrBefore(first.last().plusDays(3 + random.nextInt(15)));
            if (on.isBefore(first.last()) || on.isAfter(lastDay) || on.isAfter(today)) {
                return null;
            }
            int index = ++caseIndex;
            String why = "Công dân không đồng ý với quyết định giải quyết khiếu nại lần đầu";
            first.extra.add(new Step(CaseAction.OPEN_SECOND_INSTANCE, on, 0, "tiepdan", null, null,
                    "Mở hồ sơ khiếu nại lần hai #" + Step.CHILD + ": " + why, index));
            return new CaseBuilder(index, first.category, first.field, 2, null, RuleVariant.NORMAL, "Khiếu nại lần hai: " + first.title,
                    s.orgs().get("TN-UBND"), first.place, s.leaderId(), List.of(s.handlerId()), on, "tiepdan", why);
        }

        // --- choices

        Place place(DemoYearTexts.Matter matter) {
            if (matter.provincial() && random.nextInt(100) < 45) {
                return s.province();
            }
            Place commune = s.communes().get(weightedCommune());
            if (s.former() != null && commune.unitId() == s.formerOf().unitId() && random.nextInt(4) == 0) {
                return s.former();
            }
            return commune;
        }

        /** The wards of the provincial city bring more matters than the remote communes. */
        int weightedCommune() {
            int n = s.communes().size();
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            return random.nextInt(3) == 0 ? Math.max(a, b) : Math.min(a, b);
        }

        Org receiving(Place place, DemoYearTexts.Matter matter) {
            int draw = random.nextInt(100);
            Org board = s.orgs().get("TN-BTCD");
            if (place.unitId() == s.province().unitId()) {
                Org department = department(matter.field());
                return draw < 55 || department == null ? board : department;
            }
            if (draw < 38) {
                return board;
            }
            if (draw < 44) {
                Org department = department(matter.field());
                if (department != null) {
                    return department;
                }
            }
            if (draw < 46 && s.orgs().containsKey("TN-MTTQ")) {
                return s.orgs().get("TN-MTTQ");
            }
            Org committee = committee(place);
            if (committee == null) {
                Org department = department(matter.field());
                return department != null && draw < 60 ? department : board;
            }
            return committee;
        }

        Org department(MatterField field) {
            return switch (field) {
                case LAND, ENVIRONMENT -> s.orgs().get("TN-SNNMT");
                case SOCIAL_POLICY, ADMINISTRATION -> s.orgs().get("TN-SNV");
                case FINANCE, PARTY_AND_CADRES -> s.orgs().get("TN-TTR");
                default -> null;
            };
        }

        /**
         * Who resolves: the commune's chairman for its matters; for the province's (and for a commune the demo has no
         * People's Committee for), the department or the province.
         */
        Org competent(Place place, DemoYearTexts.Matter matter) {
            if (place.unitId() != s.province().unitId() && committee(place) != null) {
                return committee(place);
            }
            if (matter.category() == MatterCategory.RECOMMENDATION || matter.category() == MatterCategory.FEEDBACK) {
                Org department = department(matter.field());
                return department != null ? department : s.orgs().get("TN-BTCD");
            }
            return matter.category() == MatterCategory.DENUNCIATION && s.orgs().containsKey("TN-TTR") ? s.orgs().get("TN-TTR") : s.orgs().get("TN-UBND");
        }

        /** The commune's People's Committee, a former commune's successor's; null when the demo has none. */
        Org committee(Place place) {
            if (place.committee() != null) {
                return place.committee();
            }
            return s.former() != null && place.unitId() == s.former().unitId() ? s.formerOf().committee() : null;
        }

        boolean isProvinceLevel(Org org) {
            return org.code().equals("TN-BTCD") || org.code().equals("TN-UBND") || org.code().equals("TN-TTR");
        }

        String actor(Org org) {
            return org.code().equals("TN-BTCD") || org.code().equals("TN-UBND") || org.code().equals("TN-TTR") ? "tiepdan" : "demo";
        }

        Channel channel(LocalDate received) {
            int draw = random.nextInt(100);
            return draw < 34 ? Channel.IN_PERSON : draw < 70 ? Channel.POST : draw < 86 ? Channel.ONLINE : Channel.TRANSFERRED;
        }

        /** A day in the last twelve months, busier before the year's end and quieter around Tết, on working days. */
        LocalDate receivedDay() {
            while (true) {
                LocalDate day = first.plusDays(random.nextInt(365));
                int month = day.getMonthValue();
                if ((month == 2 && random.nextInt(100) < 45) || (month == 1 && random.nextInt(100) < 15)) {
                    continue;
                }
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                return day;
            }
        }

        Person person(Place place, String hamlet, boolean representative) {
            boolean female = random.nextInt(100) < 42;
            String name = DemoYearTexts.name(random, female);
            String address = (random.nextInt(5) == 0 ? DemoYearTexts.pick(random, DemoYearTexts.HAMLETS) : hamlet) + ", " + place.name()
                    + ", tỉnh Thái Nguyên";
            String phone = random.nextInt(100) < 85 ? DemoYearTexts.pick(random, new String[] {"09", "03", "08", "07"})
                    + String.format("%08d", random.nextInt(100_000_000)) : null;
            return new Person(name, address, random.nextInt(100) < 92 ? idNumber(female) : null, phone, representative);
        }

        /** 0 + a former province's code (Thái Nguyên 19 most, Bắc Kạn 06, some from elsewhere), gender/century, year, 6 digits. */
        String idNumber(boolean female) {
            String[] provinces = {"19", "19", "19", "19", "19", "06", "06", "08", "24", "01", "25", "26"};
            while (true) {
                String province = provinces[random.nextInt(provinces.length)];
                if (!s.formerProvinceCodes().contains(province)) {
                    province = "19";
                }
                int year = 1945 + random.nextInt(61);
                int digit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
                String id = "0" + province + digit + String.format("%02d", year % 100) + String.format("%06d", random.nextInt(1_000_000));
                if (idNumbers.add(id)) {
                    return id;
                }
            }
        }

        String trackingCode() {
            while (true) {
                String code = TrackingCode.generate(random);
                if (codes.add(code)) {
                    return code;
                }
            }
        }

        int nextNumber(Org issuer, LocalDate on) {
            int[] counter = decisionNumbers.computeIfAbsent(issuer.id() * 10_000 + on.getYear(), k -> new int[] {issuer.code().equals("TN-UBND")
                    ? 200 + random.nextInt(20) : 5 + random.nextInt(30)});
            counter[0] += 1 + random.nextInt(issuer.code().equals("TN-UBND") ? 4 : 3);
            return counter[0];
        }

        LegalRule rule(String category, int instance, RuleStep step, RuleVariant variant, LocalDate on) {
            return LegalRuleSelection.select(rules, category, instance, step, variant, on)
                    .orElseThrow(() -> new IllegalStateException("No rule " + step + " " + category + " on " + on));
        }

        LocalDate capped(LocalDate day) {
            return day.isAfter(today) ? null : day;
        }

        LocalDate workingDaysAfter(LocalDate start, int days) {
            return calendar.addWorkingDays(start, days).due();
        }

        LocalDate workingDayOnOrBefore(LocalDate day) {
            LocalDate d = day;
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        static String title(String respondent, String content) {
            String head = (respondent == null ? "" : respondent + ": ") + content.replaceAll("\\s+", " ").strip();
            return head.length() > 200 ? head.substring(0, 197) + "…" : head;
        }

        static String shortName(Place place) {
            return place.name().startsWith("Xã ") || place.name().startsWith("Phường ") ? Character.toLowerCase(place.name().charAt(0))
                    + place.name().substring(1) : place.name();
        }

        static String shortOrg(Org org) {
            return org.name().replace("Ủy ban nhân dân", "UBND");
        }

        static String lowerFirst(String text) {
            return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
    }
}
