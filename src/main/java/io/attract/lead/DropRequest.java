package io.attract.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record DropRequest(
        @NotNull(message = "请填写日期") LocalDate onDate,

        @NotBlank(message = "请说明放弃的原因") @Size(max = 2000, message = "原因不能超过 2000 个字")
        String note) {}
