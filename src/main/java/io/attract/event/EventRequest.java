package io.attract.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record EventRequest(
        @NotBlank(message = "请填写活动名称") @Size(max = 200, message = "活动名称不能超过 200 个字")
        String name,

        @NotNull(message = "请选择活动类型") EventKind kind,
        @NotNull(message = "请选择主办或参加") EventRole role,
        @NotNull(message = "请填写活动日期") LocalDate heldOn,
        @Size(max = 200, message = "地点不能超过 200 个字") String place,
        @Size(max = 200, message = "主办方不能超过 200 个字") String organiser,
        @Size(max = 2000, message = "参加人员不能超过 2000 个字") String participants,
        @Size(max = 4000, message = "活动纪要不能超过 4000 个字") String summary) {}
