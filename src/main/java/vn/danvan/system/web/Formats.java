package vn.danvan.system.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.danvan.system.VietnameseFormat;

/** Vietnamese formats for templates: {@code ${@vn.number(total)}}, {@code ${@vn.date(day)}}. */
@Component("vn")
public class Formats {

    public String number(Long value) {
        return value == null ? "" : VietnameseFormat.number(value);
    }

    public String number(Integer value) {
        return value == null ? "" : VietnameseFormat.number(value.longValue());
    }

    public String decimal(BigDecimal value) {
        return VietnameseFormat.number(value);
    }

    public String percent(BigDecimal value) {
        return VietnameseFormat.percent(value);
    }

    public String date(LocalDate value) {
        return VietnameseFormat.date(value);
    }

    public String dateTime(OffsetDateTime value) {
        return VietnameseFormat.dateTime(value);
    }
}
