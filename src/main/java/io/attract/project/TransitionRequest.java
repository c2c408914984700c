package io.attract.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record TransitionRequest(
        @NotNull(message = "请选择目标阶段") ProjectStage toStage,
        @NotNull(message = "请填写业务日期（该阶段实际发生的日期）") LocalDate effectiveDate,
        @Size(max = 1000, message = "说明不能超过 1000 个字") String note,
        AgreementType agreementType,
        boolean correction) {}
