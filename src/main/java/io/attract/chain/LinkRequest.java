package io.attract.chain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LinkRequest(
        @NotNull(message = "请选择企业") Long enterpriseId,
        @NotNull(message = "请选择本地企业或目标企业") ChainRole role,
        @Size(max = 500, message = "备注不能超过 500 个字符") String note) {}
