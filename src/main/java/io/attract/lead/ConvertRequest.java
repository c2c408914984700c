package io.attract.lead;

import io.attract.project.ProjectPool;
import io.attract.project.ProjectStage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record ConvertRequest(
        @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不能超过 200 个字")
        String projectName,

        ProjectStage stage,
        LocalDate effectiveDate,
        ProjectPool pool,

        @DecimalMin(value = "0", message = "总投资不能为负数") @Digits(integer = 14, fraction = 4, message = "总投资最多 4 位小数（万元）")
        BigDecimal totalInvestment) {}
