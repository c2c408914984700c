package io.attract.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record FundRequest(
        @NotNull(message = "请填写到位日期") LocalDate arrivedOn,

        @NotNull(message = "请填写到位金额（万元）")
        @DecimalMin(value = "0", inclusive = false, message = "到位金额必须大于 0")
        @Digits(integer = 14, fraction = 4, message = "到位金额最多 4 位小数（万元）")
        BigDecimal amount,

        @DecimalMin(value = "0", message = "实际使用外资不能为负数")
        @Digits(integer = 14, fraction = 4, message = "实际使用外资最多 4 位小数（万美元）")
        BigDecimal foreignUsd,

        OriginTier originTier,

        @NotBlank(message = "请填写到位凭证（银行回单号、发票号或文件名）") @Size(max = 500, message = "凭证说明不能超过 500 个字")
        String evidence) {}
