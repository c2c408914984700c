package io.attract.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What an officer records when a lead comes in; its steps are recorded separately (they start the clocks). */
public record LeadRequest(
        @NotBlank(message = "请填写线索名称") @Size(max = 200, message = "线索名称不能超过 200 个字")
        String title,

        @NotNull(message = "请选择线索来源") LeadSource source,
        @Size(max = 200, message = "来源说明不能超过 200 个字") String sourceDetail,
        @NotNull(message = "请填写接收日期") LocalDate receivedOn,
        @Size(max = 100) String receivedBy,
        Long enterpriseId,
        @Valid NewEnterprise newEnterprise,
        Long industryId,

        @DecimalMin(value = "0", message = "预计投资不能为负数")
        @Digits(integer = 14, fraction = 4, message = "预计投资最多 4 位小数（万元）")
        BigDecimal estimatedInvestment,

        @Size(max = 4000, message = "线索描述不能超过 4000 个字") String description,
        Long tripId,
        Long eventId) {

    /** A firm not yet in the library: the lead adds it (status 跟进中). */
    public record NewEnterprise(
            @NotBlank(message = "请填写企业名称") @Size(max = 200, message = "企业名称不能超过 200 个字符")
            String name,

            String creditCode) {}
}
