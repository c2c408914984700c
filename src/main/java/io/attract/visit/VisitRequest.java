package io.attract.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record VisitRequest(
        @NotNull(message = "请填写走访日期") LocalDate visitedOn,
        @NotNull(message = "请选择企业") Long enterpriseId,
        @NotNull(message = "请选择走访方式") VisitKind kind,

        @NotBlank(message = "请填写洽谈内容") @Size(max = 4000, message = "洽谈内容不能超过 4000 个字")
        String summary,

        @NotNull(message = "请选择投资意向") VisitIntent intent,
        @Size(max = 2000, message = "下一步计划不能超过 2000 个字") String nextStep,
        LocalDate followUpOn,
        @Size(max = 20, message = "我方人员最多 20 人") List<@Valid @NotNull Ours> ourParticipants,
        @Size(max = 20, message = "对方人员最多 20 人") List<@Valid @NotNull Theirs> theirParticipants,
        Long tripId,
        Long eventId,
        Long projectId,
        Long leadId) {

    @Schema(name = "OurAttendeeRequest")
    public record Ours(
            @Size(max = 100) String username,

            @NotBlank(message = "请填写我方人员姓名") @Size(max = 50, message = "姓名不能超过 50 个字")
            String name) {}

    @Schema(name = "TheirAttendeeRequest")
    public record Theirs(
            Long contactId,

            @NotBlank(message = "请填写对方人员姓名") @Size(max = 50, message = "姓名不能超过 50 个字")
            String name,

            @Size(max = 100, message = "职务不能超过 100 个字") String title) {}
}
