package io.attract.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record StepRequest(
        @NotNull(message = "请选择办理环节") LeadClocks.Kind kind,
        @NotNull(message = "请填写办理日期") LocalDate onDate,
        @Size(max = 2000, message = "说明不能超过 2000 个字") String note,
        AssessmentResult assessmentResult) {}
