package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.DanVanUser;
import vn.danvan.petition.PetitionStatistics;

/** For the administrator's scripts (/api/v1/admin/** is ADMIN only): sum the figures' running totals again. */
@RestController
@Tag(name = "Quản trị", description = "Thao tác quản trị hệ thống")
class PetitionFiguresAdminApi {

    private static final Logger log = LoggerFactory.getLogger(PetitionFiguresAdminApi.class);

    private final PetitionStatistics statistics;

    PetitionFiguresAdminApi(PetitionStatistics statistics) {
        this.statistics = statistics;
    }

    @PostMapping("/api/v1/admin/petition-figures/rebuild")
    @Operation(summary = "Tính lại số liệu tổng hợp đơn thư từ hồ sơ",
            description = "Số liệu thống kê đơn thư được cộng dồn theo ngày và theo tháng cùng lúc với mỗi thay đổi của đơn, vụ việc. "
                    + "Sau khi nạp dữ liệu trực tiếp vào cơ sở dữ liệu (ngoài ứng dụng) hoặc khôi phục bản sao lưu, gọi thao tác này "
                    + "để tính lại toàn bộ từ hồ sơ. Trên PostgreSQL, việc ghi đơn, vụ việc tạm chờ trong khi tính lại.")
    PetitionStatistics.TotalsRebuilt rebuild(@AuthenticationPrincipal DanVanUser user) {
        PetitionStatistics.TotalsRebuilt rebuilt = statistics.rebuildTotals();
        log.info("Petition figure totals rebuilt by {}", user.getUsername());
        return rebuilt;
    }
}
