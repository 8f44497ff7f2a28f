package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.DanVanUser;
import vn.danvan.petition.Channel;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionStatistics;
import vn.danvan.petition.StatisticsPeriod;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/** The petition statistics as JSON: the same figures as the page, in the caller's scope. */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "Số liệu đơn thư", description = "Tiếp công dân, xử lý đơn, giải quyết vụ việc theo kỳ, địa bàn, loại, lĩnh vực, nguồn đơn")
class PetitionStatisticsApi {

    private final PetitionStatistics statistics;

    PetitionStatisticsApi(PetitionStatistics statistics) {
        this.statistics = statistics;
    }

    @Schema(description = "Các số liệu của một dòng. Đơn: theo ngày tiếp nhận trong kỳ. Vụ việc: thụ lý đến hết kỳ và chưa kết luận "
            + "trước kỳ. Đúng hạn: ngày kết luận không sau hạn giải quyết. Đang giải quyết, quá hạn: tính tại ngày cuối kỳ "
            + "(hoặc hôm nay nếu kỳ chưa hết). Tỷ lệ: phần trăm, hai chữ số thập phân, null khi mẫu số bằng 0.")
    record FiguresDto(PetitionFigures counts, BigDecimal resolutionRate, BigDecimal onTimeRate, BigDecimal satisfactionRate) {
        static FiguresDto of(PetitionFigures f) {
            return new FiguresDto(f, f.resolutionRate(), f.onTimeRate(), f.satisfactionRate());
        }
    }

    record PeriodDto(String code, String kind, LocalDate from, LocalDate to, LocalDate asOf, String label) {
    }

    record UnitDto(Long unitId, String name, boolean own, FiguresDto figures) {
    }

    record StatisticsDto(PeriodDto period, Long unitId, String unitName, String sentence, FiguresDto total, List<UnitDto> byUnit,
                         Map<MatterCategory, FiguresDto> byCategory, Map<MatterField, FiguresDto> byField,
                         Map<Channel, FiguresDto> byChannel) {
    }

    @GetMapping("/statistics")
    @Operation(summary = "Số liệu đơn thư của một kỳ: tổng, theo địa bàn (mỗi đơn vị trực thuộc một dòng), loại, lĩnh vực, nguồn đơn",
            description = "Kỳ: period (mã: 2026-03, 2026-Q1, 2026-H1, 2026-H2, 2026-9M, 2026; kỳ báo cáo theo Nghị định 09/2019/NĐ-CP: "
                    + "BC-2026-03 = 15/02–14/03/2026, BC-2026-Q1, BC-2026-H1 = 15/12/2025–14/06/2026, BC-2026 = 15/12/2025–14/12/2026) "
                    + "hoặc from/to; mặc định năm hiện tại. unitId ngoài phạm vi: 404. "
                    + "sentence: câu tóm tắt như trong báo cáo, ví dụ \"… đã tiếp 1.234 lượt công dân …, tiếp nhận 2.345 đơn các loại …\".")
    StatisticsDto statistics(@AuthenticationPrincipal DanVanUser user,
                             @Parameter(description = "Ngày đầu kỳ, yyyy-MM-dd") @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @Parameter(description = "Ngày cuối kỳ (tính cả ngày này), yyyy-MM-dd") @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @Parameter(description = "Mã kỳ, thay cho from/to") @RequestParam(required = false) String period,
                             @Parameter(description = "Đơn vị hành chính; mặc định đơn vị của người gọi") @RequestParam(required = false) Long unitId) {
        StatisticsPeriod chosen = PetitionStatisticsController.period(period, from, to, statistics.today());
        PetitionStatistics.Report r = statistics.report(user, chosen, unitId);
        return new StatisticsDto(
                new PeriodDto(chosen.code(), chosen.kind().name(), chosen.from(), chosen.to(), r.asOf(), chosen.label()),
                r.unit() == null ? null : r.unit().id(), r.unit() == null ? null : PetitionStatistics.unitName(r.unit()), r.sentence(),
                FiguresDto.of(r.total()),
                r.byUnit().stream().map(u -> new UnitDto(u.unitId(), u.name(), u.own(), FiguresDto.of(u.figures()))).toList(),
                map(r.byCategory()), map(r.byField()), map(r.byChannel()));
    }

    private static <K extends Enum<K>> Map<K, FiguresDto> map(Map<K, PetitionFigures> figures) {
        Map<K, FiguresDto> dto = new java.util.LinkedHashMap<>();
        figures.forEach((k, f) -> dto.put(k, FiguresDto.of(f)));
        return dto;
    }
}
