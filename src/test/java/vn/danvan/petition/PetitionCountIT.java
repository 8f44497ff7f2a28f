package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UserAccount;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.RuleViolation;

/**
 * A case's {@code petition_count} is exactly the number of petitions in it (accepted or attached with its id), after
 * every step of seeded random sequences of what changes a petition's case or a case's petitions: intake, acceptance,
 * attachment to open, closed and second-instance cases, refused attachments (already classified, stale version),
 * two classifications of one petition at once, several attachments to one case at once, a second instance.
 * The expected counts are also kept here from what succeeded, so that a count agreeing with wrong rows fails too.
 */
class PetitionCountIT extends PetitionFixtures {

    private enum Step { RECEIVE, ACCEPT, ATTACH, ATTACH_CLASSIFIED, ATTACH_STALE, RACE_ONE_PETITION, RACE_ONE_CASE, SECOND_INSTANCE, CLOSE }

    private static final DanVanUser ADMIN = new DanVanUser(new UserAccount(1L, "admin", "Quản trị", null, null, null, Role.ADMIN, null, true,
            0, null, false, null, null, 0), "x", true, Scope.all());

    @Autowired Petitions petitions;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;

    /** The sequence's state as the test sees it. */
    private final class Run {
        final Random random;
        final String tag = tag();
        final List<Long> received = new ArrayList<>();
        final List<Long> classified = new ArrayList<>();
        final Map<Long, Integer> expected = new LinkedHashMap<>();
        final List<Long> firstComplaints = new ArrayList<>();
        long document;

        Run(long seed) {
            random = new Random(seed);
        }

        long pick(List<Long> ids) {
            return ids.get(random.nextInt(ids.size()));
        }

        long anyCase() {
            return new ArrayList<>(expected.keySet()).get(random.nextInt(expected.size()));
        }

        void attached(long petition, long caseId) {
            received.remove(petition);
            classified.add(petition);
            expected.merge(caseId, 1, Integer::sum);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20251201L, 7L, 424242L})
    void aCaseCountsExactlyThePetitionsInItAfterEveryStep(long seed) throws Exception {
        Run run = new Run(seed);
        run.document = conclusionDocument(run.tag);
        receive(run);
        receive(run);
        accept(run);
        java.util.Set<Step> exercised = java.util.EnumSet.noneOf(Step.class);
        for (int i = 0; i < 40; i++) {
            Step step = Step.values()[run.random.nextInt(Step.values().length)];
            int unclassifiedNeeded = switch (step) {
                case ACCEPT, ATTACH, ATTACH_STALE, RACE_ONE_PETITION -> 1;
                case RACE_ONE_CASE -> 3;
                default -> 0;
            };
            while (run.received.size() < unclassifiedNeeded) {
                receive(run);
            }
            boolean done = switch (step) {
                case RECEIVE -> receive(run);
                case ACCEPT -> accept(run);
                case ATTACH -> attach(run);
                case ATTACH_CLASSIFIED -> attachClassified(run);
                case ATTACH_STALE -> attachStale(run);
                case RACE_ONE_PETITION -> raceOnePetition(run);
                case RACE_ONE_CASE -> raceOneCase(run);
                case SECOND_INSTANCE -> secondInstance(run);
                case CLOSE -> close(run);
            };
            if (done) {
                exercised.add(step);
                assertCounts(run, "seed " + seed + ", step " + i + " " + step);
            }
        }
        assertThat(exercised).as("the seed runs the paths that once drifted").contains(Step.ATTACH, Step.RACE_ONE_PETITION,
                Step.RACE_ONE_CASE, Step.SECOND_INSTANCE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition_case c WHERE c.petition_count <> (SELECT COUNT(*) FROM petition p"
                + " WHERE p.case_id = c.id AND p.status IN ('ACCEPTED', 'ATTACHED'))").query(Long.class).single())
                .as("every case of the database counts its petitions").isZero();
    }

    private void assertCounts(Run run, String when) {
        List<Long> ids = new ArrayList<>(run.expected.keySet());
        Map<Long, Integer> stored = new HashMap<>();
        Map<Long, Integer> rows = new HashMap<>();
        jdbc.sql("SELECT c.id, c.petition_count, (SELECT COUNT(*) FROM petition p WHERE p.case_id = c.id AND p.status IN ('ACCEPTED', 'ATTACHED'))"
                        + " AS in_case FROM petition_case c WHERE c.id IN (:ids)").param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    stored.put(rs.getLong(1), rs.getInt(2));
                    rows.put(rs.getLong(1), rs.getInt(3));
                });
        assertThat(stored).as(when + ": petition_count").isEqualTo(run.expected);
        assertThat(rows).as(when + ": petitions in the case").isEqualTo(run.expected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition WHERE case_id IN (:ids) AND status NOT IN ('ACCEPTED', 'ATTACHED')")
                .param("ids", ids).query(Long.class).single()).as(when + ": only accepted and attached petitions have a case").isZero();
    }

    // --- the steps; each answers whether it changed or tried to change something

    private boolean receive(Run run) {
        MatterCategory category = run.random.nextInt(3) == 0 ? MatterCategory.values()[run.random.nextInt(MatterCategory.values().length)]
                : MatterCategory.COMPLAINT;
        Petitions.Intake intake = petitions.receive(new Petitions.NewPetition(Channel.IN_PERSON, null, category, MatterField.LAND, today(),
                org("TN-BTCD"), unit("05503"), "UBND xã Đếm Đơn " + run.tag, "Đơn kiểm thử số đơn của hồ sơ " + run.tag, false, null, null,
                false, List.of(new Petitions.NewPetitioner("Lý Văn Đếm", "xóm Đồng Bẩm", idNumber(), null, false)), List.of()), ADMIN);
        run.received.add(intake.id());
        return true;
    }

    private boolean accept(Run run) {
        long petition = run.pick(run.received);
        long caseId = classify(petition, ClassificationOutcome.ACCEPT, null, null);
        run.attached(petition, caseId);
        run.expected.put(caseId, 1);
        if (petitions.get(petition, ADMIN).category() == MatterCategory.COMPLAINT) {
            run.firstComplaints.add(caseId);
        }
        return true;
    }

    private boolean attach(Run run) {
        long petition = run.pick(run.received);
        long target = run.anyCase();
        assertThat(classify(petition, ClassificationOutcome.ATTACH, target, null)).isEqualTo(target);
        run.attached(petition, target);
        return true;
    }

    /** A petition already in a case (or otherwise classified) cannot be attached again: nothing moves. */
    private boolean attachClassified(Run run) {
        long petition = run.pick(run.classified);
        long target = run.anyCase();
        assertThatThrownBy(() -> classify(petition, ClassificationOutcome.ATTACH, target, null)).isInstanceOf(RuleViolation.class);
        return true;
    }

    private boolean attachStale(Run run) {
        long petition = run.pick(run.received);
        int version = petitions.get(petition, ADMIN).version();
        assertThatThrownBy(() -> classify(petition, ClassificationOutcome.ATTACH, run.anyCase(), version + 1)).isInstanceOf(ConcurrentChange.class);
        return true;
    }

    /** Two officers classify one petition at the same moment (attach here, attach there or accept): one of them wins. */
    private boolean raceOnePetition(Run run) throws Exception {
        long petition = run.pick(run.received);
        long first = run.anyCase();
        Long second = run.random.nextBoolean() ? null : run.anyCase();
        List<Outcome> outcomes = race(List.of(
                () -> classify(petition, ClassificationOutcome.ATTACH, first, null),
                () -> second == null ? classify(petition, ClassificationOutcome.ACCEPT, null, null)
                        : classify(petition, ClassificationOutcome.ATTACH, second, null)));
        List<Outcome> won = outcomes.stream().filter(o -> o.caseId() != null).toList();
        assertThat(won).as("one classification wins").hasSize(1);
        long caseId = won.get(0).caseId();
        if (!run.expected.containsKey(caseId)) {
            run.expected.put(caseId, 0);
        }
        run.attached(petition, caseId);
        return true;
    }

    /** Several petitions attached to one case at the same moment each count once. */
    private boolean raceOneCase(Run run) throws Exception {
        long target = run.anyCase();
        List<Long> chosen = new ArrayList<>(run.received);
        Collections.shuffle(chosen, run.random);
        List<Long> three = chosen.subList(0, 3);
        List<Supplier<Long>> attaches = three.stream().<Supplier<Long>>map(p -> () -> classify(p, ClassificationOutcome.ATTACH, target, null))
                .toList();
        List<Outcome> outcomes = race(attaches);
        for (int i = 0; i < three.size(); i++) {
            if (outcomes.get(i).caseId() != null) {
                run.attached(three.get(i), target);
            } else {
                assertThat(petitions.get(three.get(i), ADMIN).status()).isEqualTo(PetitionStatus.RECEIVED);
            }
        }
        assertThat(outcomes).as("at least one attachment goes through").anyMatch(o -> o.caseId() != null);
        return true;
    }

    /** A second-instance complaint opens a case without a petition row of its own: it counts none. */
    private boolean secondInstance(Run run) {
        List<Long> open = run.firstComplaints.stream().filter(id -> {
            CaseStatus status = cases.get(id, ADMIN).status();
            return status == CaseStatus.ACCEPTED || status == CaseStatus.VERIFYING;
        }).toList();
        if (open.isEmpty()) {
            return false;
        }
        long first = run.pick(open);
        cases.conclude(first, null, run.document, "Kết luận kiểm thử số đơn", null, ADMIN);
        cases.notifyParties(first, null, null, null, ADMIN);
        long second = cases.openSecondInstance(first, null, org("TN-UBND"), "Không đồng ý (kiểm thử số đơn)", ADMIN);
        run.firstComplaints.remove(first);
        run.expected.put(second, 0);
        return true;
    }

    private boolean close(Run run) {
        List<Long> notified = run.expected.keySet().stream().filter(id -> cases.get(id, ADMIN).status() == CaseStatus.NOTIFIED).toList();
        if (notified.isEmpty()) {
            return false;
        }
        cases.close(run.pick(notified), null, null, run.random.nextBoolean() ? Satisfaction.SATISFIED : null, null, ADMIN);
        return true;
    }

    // --- helpers

    private Long classify(long petition, ClassificationOutcome outcome, Long caseId, Integer version) {
        return petitions.classify(petition, new Petitions.Classification(outcome, "Kiểm thử số đơn", null, caseId, null, null,
                outcome == ClassificationOutcome.ACCEPT ? today() : null, null, null, null, null, version), ADMIN);
    }

    /** A classification's result: the case, or null when it was refused (lost the race). */
    private record Outcome(Long caseId, Exception refusal) {
    }

    /** Runs the actions together (released at once) and answers each one's outcome in order. */
    private static List<Outcome> race(List<Supplier<Long>> actions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actions.size());
        try {
            CyclicBarrier start = new CyclicBarrier(actions.size());
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Supplier<Long> action : actions) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return new Outcome(action.get(), null);
                    } catch (RuleViolation | DataAccessException e) {
                        // the loser finds the petition classified (a stale version) or, on H2, times out on the lock
                        return new Outcome(null, e);
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
