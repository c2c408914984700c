package io.attract.holiday;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The admin's keeping of the calendar: a year's days, and a day added, changed or removed (audited as entities). */
@ApplicationScoped
@Transactional
public class HolidayService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    Event<HolidaysChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HolidayView> year(int year) {
        checkYear("year", year);
        return Holiday.<Holiday>list(
                        "day >= ?1 and day < ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .stream()
                .map(HolidayView::of)
                .toList();
    }

    public HolidayView create(HolidayRequest r) {
        Holiday h = new Holiday();
        apply(h, r);
        h.persistAndFlush();
        changed.fire(new HolidaysChanged());
        return HolidayView.of(h);
    }

    public HolidayView update(long id, String ifMatch, HolidayRequest r) {
        Holiday h = find(id);
        IfMatch.check(ifMatch, h.version);
        apply(h, r);
        Holiday.flush();
        changed.fire(new HolidaysChanged());
        return HolidayView.of(h);
    }

    public void delete(long id, String ifMatch) {
        Holiday h = find(id);
        IfMatch.check(ifMatch, h.version);
        h.delete();
        Holiday.flush();
        changed.fire(new HolidaysChanged());
    }

    private void apply(Holiday h, HolidayRequest r) {
        checkYear("day", r.day().getYear());
        if (r.kind() == HolidayKind.WORKDAY
                && r.day().getDayOfWeek() != DayOfWeek.SATURDAY
                && r.day().getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw ApiException.invalid("kind", "holiday.workday_not_weekend", "调休上班日应是周六或周日：" + r.day() + "本来就是工作日。");
        }
        Holiday.<Holiday>find("day", r.day())
                .firstResultOptional()
                .filter(other -> !other.id.equals(h.id))
                .ifPresent(other -> {
                    throw ApiException.duplicate(
                            "holiday.day_taken", r.day() + " 已有安排（" + other.name + "），请修改该日。", "day", other.id);
                });
        h.day = r.day();
        h.kind = r.kind();
        h.name = r.name().strip();
    }

    private static void checkYear(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.invalid(
                    field, "holiday.year_out_of_range", "年份应在" + FIRST_YEAR + "至" + LAST_YEAR + "之间。");
        }
    }

    private static Holiday find(long id) {
        return Holiday.<Holiday>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("holiday.not_found", "找不到该节假日安排。"));
    }
}
