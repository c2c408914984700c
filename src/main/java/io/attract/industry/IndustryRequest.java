package io.attract.industry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

public record IndustryRequest(
        @NotBlank(message = "请填写产业编码")
        @Size(min = 2, max = 32, message = "产业编码长度为 2–32 个字符")
        @Pattern(regexp = "[a-z0-9-]*", message = "产业编码只能包含小写字母、数字和 -")
        String code,

        @NotBlank(message = "请填写产业名称") @Size(max = 50, message = "产业名称不能超过 50 个字符")
        String name,

        @NotNull(message = "请选择产业类别") IndustryCategory category,
        @PositiveOrZero(message = "排序号不能为负数") int sortOrder,

        @Size(max = 20, message = "最多对应 20 个国民经济行业代码")
        List<
                        @Pattern(
                                regexp = "[A-T]([0-9]{2}([0-9]{1,2})?)?",
                                message = "国民经济行业代码格式应为门类字母加 2–4 位数字，如 C26、C2614")
                        String>
                gbt4754Codes,

        @Size(max = 500, message = "说明不能超过 500 个字符") String description) {}
