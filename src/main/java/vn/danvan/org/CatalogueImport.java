package vn.danvan.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.internal.CatalogueFile;
import vn.danvan.org.internal.CatalogueLine;
import vn.danvan.org.internal.CatalogueRules;
import vn.danvan.org.internal.CatalogueTemplate;
import vn.danvan.org.internal.UnitRepository;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.SheetReader;
import vn.danvan.system.VietnameseFormat;

/**
 * Import of the national catalogue of commune-level units (Phụ lục I, Công văn 1027/CTK-CSCL of the Statistics
 * Office, or a GSO download), as CSV or XLSX. Every row is checked before anything is written, and a file is
 * applied whole or not at all: one row in error and the map stays as it was. Importing the same file again
 * changes nothing.
 */
@Service
public class CatalogueImport {

    /** Commune-level units of the two-tier map are in force from 1 July 2025 (Luật 72/2025/QH15). */
    public static final LocalDate COMMUNES_IN_FORCE_FROM = LocalDate.of(2025, 7, 1);
    public static final int MAX_ROWS = CatalogueFile.MAX_ROWS;
    public static final int MAX_MEGABYTES = (int) (CatalogueFile.MAX_BYTES / (1024 * 1024));
    static final String AUDIT_ACTION = "UNIT_CATALOGUE_IMPORTED";
    static final String AUDIT_REFUSED = "UNIT_CATALOGUE_REFUSED";
    private static final Locale AUDIT_LANGUAGE = Locale.forLanguageTag("vi");

    private final UnitRepository units;
    private final AdministrativeMap map;
    private final AuditTrail audit;
    private final MessageSource messages;

    public CatalogueImport(UnitRepository units, AdministrativeMap map, AuditTrail audit, MessageSource messages) {
        this.units = units;
        this.map = map;
        this.audit = audit;
        this.messages = messages;
    }

    /** Reads and checks the file against the map in force; writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(String fileName, InputStream content) {
        long start = System.nanoTime();
        return check(fileName, content).report().withElapsed(millisSince(start));
    }

    /** Checks the file, then, only if no row has an error, writes all of it in this one transaction. */
    @Transactional
    public ImportReport apply(String fileName, InputStream content) {
        long start = System.nanoTime();
        Checked checked = check(fileName, content);
        ImportReport report = checked.report();
        if (!report.ok()) {
            report = report.withElapsed(millisSince(start));
            audit.record(AUDIT_REFUSED, "admin_unit", null, summary("catalogue.audit.refused", report));
            return report;
        }
        CatalogueRules.Check changes = checked.changes();
        try {
            units.insertCurrentUnits(changes.additions(), COMMUNES_IN_FORCE_FROM);
            if (!units.renameAll(changes.renamings())) {
                throw new ConcurrentChange();
            }
        } catch (DataIntegrityViolationException e) {
            // another import added one of these codes since this one read the map
            throw new ConcurrentChange();
        }
        if (!changes.additions().isEmpty() || !changes.renamings().isEmpty()) {
            map.refreshRollups();
        }
        report = report.markApplied().withElapsed(millisSince(start));
        audit.record(AUDIT_ACTION, "admin_unit", null, summary("catalogue.audit.applied", report));
        return report;
    }

    /** An empty catalogue to fill in: the Vietnamese headers this import reads, and one example row. */
    public void writeTemplate(String sheetName, OutputStream out) throws IOException {
        CatalogueTemplate.write(sheetName, out);
    }

    private Checked check(String fileName, InputStream content) {
        String name = fileName == null ? "" : fileName;
        List<CatalogueLine> lines;
        try {
            lines = CatalogueFile.read(name, content);
        } catch (SheetReader.Unreadable e) {
            return new Checked(ImportReport.refused(name, ImportReport.Message.error(e.key(), e.arguments()), 0), null);
        }
        CatalogueRules rules = new CatalogueRules(units.findCurrentByLevel(UnitLevel.PROVINCE).values(),
                units.findCurrentByLevel(UnitLevel.COMMUNE).values());
        CatalogueRules.Check result = rules.check(lines);
        return new Checked(new ImportReport(name, List.of(), result.rows(), false, 0), result);
    }

    private String summary(String key, ImportReport report) {
        if (!report.problems().isEmpty()) {
            ImportReport.Message problem = report.problems().get(0);
            String reason = messages.getMessage(problem.key(), problem.arguments().toArray(), problem.key(), AUDIT_LANGUAGE);
            return messages.getMessage("catalogue.audit.unreadable", new Object[] {report.fileName(), reason},
                    "catalogue.audit.unreadable", AUDIT_LANGUAGE);
        }
        ImportReport.Counts counts = report.counts();
        Object[] arguments = {report.fileName(), VietnameseFormat.number(counts.rows()),
            VietnameseFormat.number(counts.created()), VietnameseFormat.number(counts.updated()),
            VietnameseFormat.number(counts.unchanged()), VietnameseFormat.number(counts.errors()),
            VietnameseFormat.number(report.elapsedMillis())};
        return messages.getMessage(key, arguments, key, AUDIT_LANGUAGE);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private record Checked(ImportReport report, CatalogueRules.Check changes) {
    }
}
