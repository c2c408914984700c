package io.attract.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record WorklogRequest(
        @NotNull(message = "请填写日期") LocalDate loggedOn,
        @NotNull(message = "请选择类别") WorklogKind kind,

        @NotBlank(message = "请填写内容") @Size(max = 4000, message = "内容不能超过 4000 个字")
        String content) {}
