package vn.danvan.petition.internal;

import java.util.Collection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.petition.PetitionStatistics;

/**
 * Keeps the unit paths stored with petitions and cases (decision 0008) equal to their unit's roll-up path when the
 * administrative map changes: a former unit whose succession is recorded later rolls up into its successor, and its
 * records must then be listed, scoped and counted there.
 *
 * <p>Runs after the changing transaction completed, in a transaction of its own, and gives each record the roll-up
 * path its unit has then (not the one the event names): a rolled-back change moves nothing. The figure totals are
 * keyed by unit path and the statement moves records past them, so they are rebuilt in the same transaction when a
 * record moved (decision 0012); writers of petitions and cases wait meanwhile (PostgreSQL).
 */
@Component
class UnitPathRefresh {

    private static final Logger log = LoggerFactory.getLogger(UnitPathRefresh.class);

    private final PetitionRepository repository;
    private final FigureTally tally;
    private final AdministrativeMap map;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    UnitPathRefresh(PetitionRepository repository, FigureTally tally, AdministrativeMap map, AuditTrail audit,
                    PlatformTransactionManager transactions) {
        this.repository = repository;
        this.tally = tally;
        this.map = map;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void rollupPathsChanged(AdministrativeMap.RollupPathsChanged change) {
        refresh(change.changes().stream().map(AdministrativeMap.RollupPathsChanged.Change::unitId).toList());
    }

    /** How many records took their unit's new path. */
    record Moved(int petitions, int cases) {
    }

    Moved refresh(Collection<Long> unitIds) {
        return transaction.execute(status -> {
            tally.lockRecordsAgainstWriters();
            int petitions = 0;
            int cases = 0;
            for (long unitId : unitIds) {
                Optional<AdministrativeUnit> unit = map.find(unitId);
                if (unit.isEmpty()) {
                    continue;
                }
                String path = unit.get().rollupPath();
                int p = repository.movePetitionsOfUnit(unitId, path);
                int c = repository.moveCasesOfUnit(unitId, path);
                if (p + c > 0) {
                    String summary = p + " đơn, " + c + " vụ việc của " + PetitionStatistics.unitName(unit.get())
                            + " chuyển sang địa bàn " + coveringName(path);
                    log.info("Sắp xếp đơn vị hành chính: {}", summary);
                    audit.recordAs(AuditTrail.SYSTEM_ACTOR, "PETITION_UNIT_PATH_MOVED", "admin_unit", unitId, summary);
                }
                petitions += p;
                cases += c;
            }
            if (petitions + cases > 0) {
                tally.rebuild();
            }
            return new Moved(petitions, cases);
        });
    }

    /** The unit in force a roll-up path ends with: "Xã Tân Cương". */
    private String coveringName(String rollupPath) {
        String[] ids = rollupPath.split("/");
        String last = ids.length == 0 ? "" : ids[ids.length - 1];
        return last.isEmpty() ? rollupPath
                : map.find(Long.parseLong(last)).map(PetitionStatistics::unitName).orElse(rollupPath);
    }
}
