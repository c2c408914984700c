package io.attract.chain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record ChainRequest(
        @NotNull(message = "请选择所属产业") Long industryId,

        @NotBlank(message = "请填写产业链名称") @Size(max = 50, message = "产业链名称不能超过 50 个字符")
        String name,

        @Size(max = 500, message = "说明不能超过 500 个字符") String description,
        @PositiveOrZero(message = "排序号不能为负数") Integer sortOrder) {}
