package vn.danvan.petition.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.petition.Channel;
import vn.danvan.petition.PetitionStatistics;
import vn.danvan.petition.StatisticsFigure;
import vn.danvan.petition.StatisticsPeriod;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.XlsxExport;

/**
 * The statistics page, its spreadsheet in the layout of the reporting forms, and the list of the petitions, cases or
 * visits behind each figure (the petition and case lists of the petition screens do not filter by the figures'
 * conditions, so the list is rendered here).
 */
@Controller
class PetitionStatisticsController {

    private final PetitionStatistics statistics;

    PetitionStatisticsController(PetitionStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * The period asked for: a preset code wins; else both days as a free range; else the current year. Shared with
     * the REST API so that the same parameters mean the same figures.
     */
    static StatisticsPeriod period(String code, LocalDate from, LocalDate to, LocalDate today) {
        StatisticsPeriod period = StatisticsPeriod.parse(code);
        if (period != null) {
            return period;
        }
        if (from != null || to != null) {
            return StatisticsPeriod.range(from, to);
        }
        return StatisticsPeriod.year(today.getYear());
    }

    @GetMapping("/petitions/statistics")
    String page(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long unitId, Model model) {
        StatisticsPeriod chosen = period(period, from, to, statistics.today());
        PetitionStatistics.Report report = statistics.report(user, chosen, unitId);
        model.addAttribute("view", new StatisticsView(report, unitId));
        model.addAttribute("report", report);
        model.addAttribute("presets", StatisticsPeriod.presets(statistics.today()));
        Map<Long, String> units = new LinkedHashMap<>();
        statistics.choosableUnits(user).forEach(u -> units.put(u.id(), PetitionStatistics.unitName(u)));
        model.addAttribute("units", units);
        model.addAttribute("unitId", report.unit() == null ? null : report.unit().id());
        return "petition/statistics";
    }

    @GetMapping("/petitions/statistics.xlsx")
    void xlsx(@AuthenticationPrincipal DanVanUser user,
              @RequestParam(required = false) String period,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
              @RequestParam(required = false) Long unitId, HttpServletResponse response) throws IOException {
        StatisticsPeriod chosen = period(period, from, to, statistics.today());
        PetitionStatistics.Report report = statistics.report(user, chosen, unitId);
        String fileName = "so-lieu-don-thu-" + chosen.code() + ".xlsx";
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        StatisticsWorkbook.write(report, response.getOutputStream());
    }

    /** The records behind one figure of one row, a page at a time; the figure's number is the list's total. */
    @GetMapping("/petitions/statistics/list")
    String list(@AuthenticationPrincipal DanVanUser user,
                @RequestParam String figure,
                @RequestParam(required = false) String period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) Long row,
                @RequestParam(required = false) MatterCategory category,
                @RequestParam(required = false) MatterField field,
                @RequestParam(required = false) Channel channel,
                @RequestParam(required = false) Integer page, Model model) {
        StatisticsFigure which = StatisticsFigure.parse(figure);
        if (which == null) {
            throw new NotFoundException("petition.stats.figure.unknown");
        }
        StatisticsPeriod chosen = period(period, from, to, statistics.today());
        PetitionStatistics.Drill drill = new PetitionStatistics.Drill(chosen, unitId, row, category, field, channel, which);
        PageQuery pageQuery = new PageQuery(page == null ? 0 : page, 50, "", false);
        switch (which.source()) {
            case PETITION -> model.addAttribute("petitions", statistics.petitions(user, drill, pageQuery));
            case CASE -> model.addAttribute("cases", statistics.cases(user, drill, pageQuery));
            case RECEPTION -> model.addAttribute("visits", statistics.visits(user, drill, pageQuery));
        }
        AdministrativeUnit unit = statistics.chosenUnit(user, unitId);
        model.addAttribute("figure", which);
        model.addAttribute("period", chosen);
        model.addAttribute("asOf", chosen.asOf(statistics.today()));
        model.addAttribute("unitName", unit == null ? null : PetitionStatistics.unitName(unit));
        AdministrativeUnit rowUnit = row == null ? null : statistics.chosenUnit(user, row);
        model.addAttribute("rowName", rowUnit == null ? null : PetitionStatistics.unitName(rowUnit));
        model.addAttribute("category", category);
        model.addAttribute("field", field);
        model.addAttribute("channel", channel);
        model.addAttribute("back", "/petitions/statistics?period=" + chosen.code() + (unitId == null ? "" : "&unitId=" + unitId));
        model.addAttribute("today", statistics.today());
        return "petition/statistics-list";
    }
}
