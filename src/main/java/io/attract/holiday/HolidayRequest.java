package io.attract.holiday;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day of the calendar as the admin writes it. */
public record HolidayRequest(
        @NotNull(message = "请选择日期") LocalDate day,
        @NotNull(message = "请选择放假或上班") HolidayKind kind,

        @NotBlank(message = "请填写节日名称") @Size(max = 20, message = "节日名称不超过20个字")
        String name) {}
