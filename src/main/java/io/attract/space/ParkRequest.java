package io.attract.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ParkRequest(
        @NotBlank(message = "请填写编码")
        @Size(min = 2, max = 32, message = "编码长度为 2–32 个字符")
        @Pattern(regexp = "[a-z0-9-]*", message = "编码只能包含小写字母、数字和 -")
        String code,

        @NotBlank(message = "请填写园区名称") @Size(max = 100, message = "园区名称不能超过 100 个字符")
        String name,

        Long zoneId,
        @NotNull(message = "请选择园区状态") ParkStatus status,
        @Size(max = 500, message = "说明不能超过 500 个字符") String description) {}
