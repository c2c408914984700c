package io.attract.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UnitRequest(
        @NotBlank(message = "请填写单位编码")
        @Size(min = 2, max = 32, message = "单位编码长度为 2–32 个字符")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "单位编码只能包含字母、数字、- 和 _")
        String code,

        @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称不能超过 100 个字符")
        String name,

        @NotNull(message = "请选择单位类型") UnitKind kind) {}
