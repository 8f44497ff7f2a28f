package vn.danvan.document.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentRegistry.NewDocument;
import vn.danvan.document.DocumentStatus;
import vn.danvan.document.DocumentType;
import vn.danvan.document.RelationKind;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.system.DeploymentMode;

/**
 * The demo registry: every document cited in the five seed reports (shared/corpus/seeds/gold), with the
 * metadata the citations give, and the relations the texts state. Titles are the official ones where they are
 * known for certain or as the seed text words them; otherwise a neutral description marked
 * "(trích yếu cần bổ sung)".
 *
 * <p>Note: in the seeds, 06-CTr/BDVTU-BCSĐUBND and 27-KH/BDVTU-BCSĐUBND are cited by a Bình Phước article
 * (004); the demo files them under the demo province's former Ban Dân vận Tỉnh ủy Thái Nguyên as the brief
 * asks, to show a chain reaching a province. The UBND plans of that article stay Bình Phước's.
 */
@Component
@Order(30)
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    private static final String TO_COMPLETE = " (trích yếu cần bổ sung)";
    private static final String BINH_PHUOC = "UBND tỉnh Bình Phước";

    private final DeploymentMode mode;
    private final DocumentRegistry registry;
    private final Organizations organizations;

    DocumentDemoData(DeploymentMode mode, DocumentRegistry registry, Organizations organizations) {
        this.mode = mode;
        this.registry = registry;
        this.organizations = organizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || registry.count() > 0) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        // 000 (Ninh Thuận)
        add(ids, "16/CT-TTg@2016", "16/CT-TTg", null, null, "Thủ tướng Chính phủ", date(2016, 5, 16), null,
                "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới",
                "dân vận chính quyền");
        add(ids, "16/CT-TTg@2020", "16/CT-TTg", null, null, "Thủ tướng Chính phủ", date(2020, 3, 31), null,
                "Về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19", "COVID-19");
        add(ids, "42/NQ-CP", "42/NQ-CP", null, null, "Chính phủ", date(2020, 4, 9), null,
                "Về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19", "COVID-19");
        add(ids, "107/2020/NĐ-CP", "107/2020/NĐ-CP", null, null, "Chính phủ", null, null,
                "Sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP quy định tổ chức các cơ quan chuyên môn"
                        + " thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "tổ chức bộ máy");
        add(ids, "108/2020/NĐ-CP", "108/2020/NĐ-CP", null, null, "Chính phủ", null, null,
                "Sửa đổi, bổ sung một số điều của Nghị định số 37/2014/NĐ-CP quy định tổ chức các cơ quan chuyên môn"
                        + " thuộc Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh", "tổ chức bộ máy");
        add(ids, "120/2020/NĐ-CP", "120/2020/NĐ-CP", null, null, "Chính phủ", null, null,
                "Quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập", "tổ chức bộ máy");
        // 001 (Bắc Kạn)
        add(ids, "79-CTr", "79-CTr/BDVTW-BCSĐCP", null, "Chương trình phối hợp",
                "Ban Dân vận Trung ương - Ban Cán sự đảng Chính phủ", date(2016, 10, 11), null,
                "Chương trình phối hợp công tác dân vận giữa Ban Dân vận Trung ương và Ban Cán sự đảng Chính phủ" + TO_COMPLETE,
                "dân vận chính quyền");
        // 004 (Bình Phước), the central documents it names
        add(ids, "33/CT-TTg", "33/CT-TTg", null, null, "Thủ tướng Chính phủ", date(2021, 11, 26), null,
                "Về tăng cường công tác dân vận của các cơ quan hành chính nhà nước, chính quyền các cấp", "dân vận chính quyền");
        add(ids, "01/NQ-CP", "01/NQ-CP", null, null, "Chính phủ", date(2023, 1, 6), null,
                "Về nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát triển kinh tế - xã hội"
                        + " (như bài 004 trích; trích yếu đầy đủ cần bổ sung)", null);
        add(ids, "06/CP", "06/CP", DocumentType.DA, null, "Chính phủ", null, 2022,
                "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia"
                        + " (Đề án 06)", "chuyển đổi số");
        add(ids, "346/QĐ-TTg", "346/QĐ-TTg", null, null, "Thủ tướng Chính phủ", date(2023, 4, 6), null,
                "Về triển khai thi hành Luật Thực hiện dân chủ ở cơ sở (như bài 004 trích)", "dân chủ ở cơ sở");
        add(ids, "10/2022/QH15", "10/2022/QH15", null, null, "Quốc hội", null, null,
                "Luật Thực hiện dân chủ ở cơ sở", "dân chủ ở cơ sở");
        add(ids, "15/2023/QH15", "15/2023/QH15", null, null, "Quốc hội", null, null,
                "Luật Khám bệnh, chữa bệnh", "y tế");
        add(ids, "217-QĐ/TW", "217-QĐ/TW", null, null, "Bộ Chính trị", date(2013, 12, 12), null,
                "Ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
                "giám sát, phản biện");
        add(ids, "218-QĐ/TW", "218-QĐ/TW", null, null, "Bộ Chính trị", date(2013, 12, 12), null,
                "Ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia"
                        + " góp ý xây dựng Đảng, xây dựng chính quyền", "giám sát, phản biện");
        add(ids, "17-CTr/TU", "17-CTr/TU", null, "Chương trình hành động", "Tỉnh ủy Bình Phước", date(2021, 9, 30), null,
                "Chương trình hành động của Tỉnh ủy Bình Phước" + TO_COMPLETE, null);
        add(ids, "19-QC/TU", "19-QC/TU", null, null, "Tỉnh ủy Bình Phước", null, null,
                "Về công tác dân vận của hệ thống chính trị (như bài 004 trích)", "dân vận");
        add(ids, "44/KH-UBND", "44/KH-UBND", null, null, BINH_PHUOC, date(2023, 2, 14), null,
                "Về việc triển khai thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm 2023", "dân vận chính quyền");
        add(ids, "42/KH-UBND", "42/KH-UBND", null, null, BINH_PHUOC, date(2023, 2, 10), null,
                "Về việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"
                        + " và miền núi năm 2023 trên địa bàn tỉnh", "dân tộc");
        add(ids, "36/CTr-UBND", "36/CTr-UBND", null, "Chương trình hành động", BINH_PHUOC, date(2023, 2, 3), null,
                "Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện"
                        + " kế hoạch phát triển kinh tế - xã hội", null);
        add(ids, "162/KH-UBND", "162/KH-UBND", null, null, BINH_PHUOC, date(2023, 5, 15), null,
                "Về thực hiện công tác dân vận chính quyền theo Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
                "dân vận chính quyền");
        add(ids, "218/KH-UBND", "218/KH-UBND", null, null, BINH_PHUOC, date(2023, 7, 10), null,
                "V/v thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi"
                        + " số quốc gia", "chuyển đổi số");
        add(ids, "223/KH-UBND", "223/KH-UBND", null, null, BINH_PHUOC, date(2023, 7, 12), null,
                "V/v triển khai thi hành Luật Khám bệnh, chữa bệnh năm 2023 trên địa bàn tỉnh", "y tế");
        add(ids, "1493/QĐ-UBND", "1493/QĐ-UBND", null, null, BINH_PHUOC, date(2023, 9, 14), null,
                "Về Bộ tiêu chí và thang điểm xã, phường, thị trấn đạt chuẩn \"Chính quyền thân thiện\" trên địa bàn tỉnh",
                "dân vận chính quyền");
        // the demo province (003 Thái Nguyên; 06-CTr and 27-KH, see the class comment)
        Long bdv = organizations.findByCode("TN-BDVTU-CU").map(Organization::id).orElse(null);
        addWithOrg(ids, "01-CTr/TU", "01-CTr/TU", "Chương trình hành động", bdv, "Ban Dân vận Tỉnh ủy Thái Nguyên",
                date(2021, 7, 21), "Về thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và Nghị quyết Đại hội đại biểu"
                        + " Đảng bộ tỉnh Thái Nguyên lần thứ XX, nhiệm kỳ 2020 - 2025 về công tác dân vận", "dân vận");
        addWithOrg(ids, "06-CTr", "06-CTr/BDVTU-BCSĐUBND", "Chương trình phối hợp", bdv,
                "Ban Dân vận Tỉnh ủy - Ban cán sự đảng UBND tỉnh", date(2022, 1, 14),
                "Về phối hợp thực hiện công tác dân vận giai đoạn 2022 - 2026", "dân vận chính quyền");
        addWithOrg(ids, "27-KH", "27-KH/BDVTU-BCSĐUBND", "Kế hoạch phối hợp", bdv,
                "Ban Dân vận Tỉnh ủy - Ban cán sự đảng UBND tỉnh", date(2023, 1, 12),
                "Về phối hợp thực hiện công tác dân vận năm 2023", "dân vận chính quyền");

        relate(ids, "79-CTr", RelationKind.IMPLEMENTS, "16/CT-TTg@2016");
        relate(ids, "33/CT-TTg", RelationKind.CITES, "16/CT-TTg@2016");
        relate(ids, "06-CTr", RelationKind.IMPLEMENTS, "79-CTr");
        relate(ids, "27-KH", RelationKind.IMPLEMENTS, "06-CTr");
        relate(ids, "36/CTr-UBND", RelationKind.IMPLEMENTS, "01/NQ-CP");
        relate(ids, "162/KH-UBND", RelationKind.IMPLEMENTS, "33/CT-TTg");
        relate(ids, "218/KH-UBND", RelationKind.IMPLEMENTS, "06/CP");
        relate(ids, "223/KH-UBND", RelationKind.IMPLEMENTS, "15/2023/QH15");
        relate(ids, "346/QĐ-TTg", RelationKind.IMPLEMENTS, "10/2022/QH15");
        log.info("Demo registry loaded: {} documents", ids.size());
    }

    private void add(Map<String, Long> ids, String key, String numberSymbol, DocumentType type, String label, String issuer,
                     LocalDate date, Integer year, String title, String tag) {
        ids.put(key, registry.register(new NewDocument(numberSymbol, type, label, year, null, null, issuer, date, title,
                DocumentStatus.IN_FORCE, tag == null ? List.of() : List.of(tag))));
    }

    private void addWithOrg(Map<String, Long> ids, String key, String numberSymbol, String label, Long organizationId,
                            String issuer, LocalDate date, String title, String tag) {
        ids.put(key, registry.register(new NewDocument(numberSymbol, null, label, null, null, organizationId, issuer, date,
                title, DocumentStatus.IN_FORCE, List.of(tag))));
    }

    private void relate(Map<String, Long> ids, String from, RelationKind kind, String to) {
        registry.relate(ids.get(from), ids.get(to), kind);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
