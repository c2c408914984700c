package io.attract.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record ZoneRequest(
        @NotBlank(message = "请填写编码")
        @Size(min = 2, max = 32, message = "编码长度为 2–32 个字符")
        @Pattern(regexp = "[a-z0-9-]*", message = "编码只能包含小写字母、数字和 -")
        String code,

        @NotBlank(message = "请填写名称") @Size(max = 50, message = "名称不能超过 50 个字符")
        String name,

        @NotNull(message = "请选择类型") ZoneKind kind,
        @PositiveOrZero(message = "排序号不能为负数") int sortOrder,
        @Size(max = 500, message = "说明不能超过 500 个字符") String description) {}
