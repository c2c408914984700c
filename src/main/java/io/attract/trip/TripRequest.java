package io.attract.trip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public record TripRequest(
        @NotBlank(message = "请填写出访主题") @Size(max = 200, message = "出访主题不能超过 200 个字")
        String title,

        @Size(max = 50, message = "带队领导不能超过 50 个字") String leaderName,
        @Size(max = 50, message = "团组成员最多 50 人") List<@NotBlank @Size(max = 50) String> delegation,

        @NotEmpty(message = "请至少填写一个目的地城市") @Size(max = 20, message = "目的地最多 20 个")
        List<@NotBlank(message = "城市名称不能为空") @Size(max = 50) String> cities,

        @NotNull(message = "请填写出发日期") LocalDate startDate,
        @NotNull(message = "请填写返回日期") LocalDate endDate,
        @Size(max = 2000, message = "出访目的不能超过 2000 个字") String purpose,
        @Size(max = 4000, message = "出访成果不能超过 4000 个字") String outcome) {}
