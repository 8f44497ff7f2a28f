package vn.danvan.petition.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.petition.Channel;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionStatistics;
import vn.danvan.petition.StatisticsFigure;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/**
 * What the statistics page shows, as rows of one shape (a unit, a category, a field, a channel or the total), with
 * the link of every figure to the records behind it.
 */
final class StatisticsView {

    /** The columns of the tables by unit, category and field. */
    static final List<StatisticsFigure> MAIN_COLUMNS = List.of(StatisticsFigure.VISITS, StatisticsFigure.CROWD_DELEGATIONS,
            StatisticsFigure.RECEIVED, StatisticsFigure.ELIGIBLE, StatisticsFigure.CASES_ACCEPTED, StatisticsFigure.CASES,
            StatisticsFigure.RESOLVED, StatisticsFigure.RESOLVED_ON_TIME, StatisticsFigure.RESOLVED_LATE, StatisticsFigure.PENDING,
            StatisticsFigure.OVERDUE);
    /** A channel is a petition's: the table by channel shows the petition figures only. */
    static final List<StatisticsFigure> PETITION_COLUMNS = List.of(StatisticsFigure.RECEIVED, StatisticsFigure.CLASSIFIED,
            StatisticsFigure.UNCLASSIFIED, StatisticsFigure.ELIGIBLE, StatisticsFigure.ACCEPTED, StatisticsFigure.ATTACHED,
            StatisticsFigure.TRANSFERRED, StatisticsFigure.GUIDED, StatisticsFigure.ARCHIVED, StatisticsFigure.CROWD_PETITIONS);

    /** One row of a table; the dimension fields say which records its links list. */
    record Line(String label, String labelKey, PetitionFigures figures, Long rowUnitId, MatterCategory category, MatterField field,
                Channel channel, boolean total) {
    }

    private final PetitionStatistics.Report report;
    private final Long unitId;

    StatisticsView(PetitionStatistics.Report report, Long unitId) {
        this.report = report;
        this.unitId = unitId;
    }

    public PetitionStatistics.Report report() {
        return report;
    }

    public List<StatisticsFigure> mainColumns() {
        return MAIN_COLUMNS;
    }

    public List<StatisticsFigure> petitionColumns() {
        return PETITION_COLUMNS;
    }

    public List<Line> byUnit() {
        List<Line> lines = new ArrayList<>();
        report.byUnit().forEach(r -> lines.add(new Line(r.name(), null, r.figures(), r.unitId(), null, null, null, false)));
        lines.add(totalLine());
        return lines;
    }

    public List<Line> byCategory() {
        List<Line> lines = new ArrayList<>();
        for (MatterCategory c : MatterCategory.values()) {
            lines.add(new Line(null, "petition.stats.category." + c.name(), report.byCategory().getOrDefault(c, PetitionFigures.ZERO),
                    null, c, null, null, false));
        }
        lines.add(totalLine());
        return lines;
    }

    public List<Line> byField() {
        List<Line> lines = new ArrayList<>();
        for (MatterField f : MatterField.values()) {
            PetitionFigures figures = report.byField().getOrDefault(f, PetitionFigures.ZERO);
            if (!figures.allZero()) {
                lines.add(new Line(null, "petition.stats.field." + f.name(), figures, null, null, f, null, false));
            }
        }
        lines.add(totalLine());
        return lines;
    }

    public List<Line> byChannel() {
        List<Line> lines = new ArrayList<>();
        for (Channel c : Channel.values()) {
            lines.add(new Line(null, "petition.stats.channel." + c.name(), report.byChannel().getOrDefault(c, PetitionFigures.ZERO),
                    null, null, null, c, false));
        }
        lines.add(totalLine());
        return lines;
    }

    private Line totalLine() {
        return new Line(null, "petition.stats.total", report.total(), null, null, null, null, true);
    }

    /** The list of the records behind a figure of a row. */
    public String href(StatisticsFigure figure, Line line) {
        return link(figure, line.rowUnitId(), line.category(), line.field(), line.channel());
    }

    /** The list behind a figure of the total (the summary's links). */
    public String href(StatisticsFigure figure) {
        return link(figure, null, null, null, null);
    }

    /** The same, by the figure's name (templates may not reach the enum's class). */
    public String hrefOf(String figure) {
        return href(StatisticsFigure.valueOf(figure));
    }

    String link(StatisticsFigure figure, Long rowUnitId, MatterCategory category, MatterField field, Channel channel) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/petitions/statistics/list")
                .queryParam("figure", figure.name()).queryParam("period", report.period().code());
        if (unitId != null) {
            b.queryParam("unitId", unitId);
        }
        if (rowUnitId != null) {
            b.queryParam("row", rowUnitId);
        }
        if (category != null) {
            b.queryParam("category", category.name());
        }
        if (field != null) {
            b.queryParam("field", field.name());
        }
        if (channel != null) {
            b.queryParam("channel", channel.name());
        }
        return b.encode().build().toUriString();
    }

    /** The spreadsheet of the same figures. */
    public String xlsx() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/petitions/statistics.xlsx").queryParam("period", report.period().code());
        if (unitId != null) {
            b.queryParam("unitId", unitId);
        }
        return b.encode().build().toUriString();
    }
}
