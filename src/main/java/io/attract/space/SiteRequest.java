package io.attract.space;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

public record SiteRequest(
        @NotBlank(message = "请填写载体名称") @Size(max = 100, message = "载体名称不能超过 100 个字符")
        String name,

        @NotNull(message = "请选择载体类型") SiteKind kind,
        Long parkId,
        Long zoneId,
        @Size(max = 200, message = "地址不能超过 200 个字符") String address,

        @DecimalMin(value = "-180", message = "经度应在 -180 到 180 之间")
        @DecimalMax(value = "180", message = "经度应在 -180 到 180 之间")
        BigDecimal longitude,

        @DecimalMin(value = "-90", message = "纬度应在 -90 到 90 之间") @DecimalMax(value = "90", message = "纬度应在 -90 到 90 之间")
        BigDecimal latitude,

        @NotNull(message = "请填写总面积")
        @Positive(message = "总面积应大于 0")
        @Digits(integer = 10, fraction = 2, message = "面积最多两位小数")
        BigDecimal areaSqm,

        @NotNull(message = "请填写可用面积")
        @PositiveOrZero(message = "可用面积不能为负数")
        @Digits(integer = 10, fraction = 2, message = "面积最多两位小数")
        BigDecimal freeAreaSqm,

        @Size(max = 50, message = "联系人不能超过 50 个字符") String contactName,
        @Size(max = 30, message = "联系电话不能超过 30 个字符") String contactPhone,
        @Size(max = 500, message = "说明不能超过 500 个字符") String description,
        @Size(max = 20, message = "适宜产业最多 20 个") List<Long> suitableIndustryIds) {}
