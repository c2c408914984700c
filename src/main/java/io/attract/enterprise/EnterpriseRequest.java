package io.attract.enterprise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

public record EnterpriseRequest(
        @NotBlank(message = "请填写企业名称") @Size(max = 200, message = "企业名称不能超过 200 个字符")
        String name,

        @Size(max = 10, message = "曾用名最多 10 个") List<@NotBlank @Size(max = 200) String> formerNames,
        String creditCode,

        @Pattern(regexp = "[0-9]{6}", message = "来源地应为 6 位行政区划代码（GB/T 2260），如 370105")
        String regionCode,

        @Pattern(regexp = "[A-Z]{2}", message = "国家应为 2 位字母代码（ISO 3166），如 DE")
        String countryCode,

        @Pattern(regexp = "[A-T]([0-9]{2}([0-9]{1,2})?)?", message = "国民经济行业代码格式应为门类字母加 2–4 位数字，如 C2614")
        String industryCode,

        Long industryId,
        EnterpriseNature nature,

        @DecimalMin(value = "0", message = "注册资本不能为负数")
        @Digits(integer = 14, fraction = 4, message = "注册资本最多 4 位小数（万元）")
        BigDecimal registeredCapital,

        @Size(max = 16) String revenueBand,
        @Min(value = 0, message = "员工人数不能为负数") Integer employees,
        @Size(max = 200, message = "网址不能超过 200 个字符") String website,
        @Size(max = 2000, message = "简介不能超过 2000 个字符") String description,
        @NotNull(message = "请选择状态") EnterpriseStatus status,
        @Size(max = 32) String attractionMethod,
        @Size(max = 200, message = "来源不能超过 200 个字符") String source,
        @Size(max = 20, message = "标签最多 20 个") List<@Valid @NotNull TagInput> tags,
        @Size(max = 20, message = "联系人最多 20 个") List<@Valid @NotNull ContactInput> contacts) {

    public record TagInput(
            @NotNull(message = "请选择标签") EnterpriseTagCode tag,

            @Min(value = 1990, message = "榜单年份应在 1990–2100 之间") @Max(value = 2100, message = "榜单年份应在 1990–2100 之间")
            Integer listYear) {}

    public record ContactInput(
            @NotBlank(message = "请填写联系人姓名") @Size(max = 50, message = "姓名不能超过 50 个字符")
            String name,

            @Size(max = 50, message = "职务不能超过 50 个字符") String title,

            @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "电话号码只能包含数字、+、- 和空格")
            String phone,

            @Email(message = "邮箱格式不正确") @Size(max = 100) String email) {}

    /**
     * An enterprise met through other work (a lead, a foreign investor), entered as followed with what is known of it
     * and {@code source}, where it came from; nothing else is filled in.
     */
    public static EnterpriseRequest following(
            String name,
            String creditCode,
            String countryCode,
            Long industryId,
            EnterpriseNature nature,
            BigDecimal registeredCapital,
            String source) {
        return new EnterpriseRequest(
                name,
                List.of(),
                creditCode,
                null,
                countryCode,
                null,
                industryId,
                nature,
                registeredCapital,
                null,
                null,
                null,
                null,
                EnterpriseStatus.FOLLOWING,
                null,
                source,
                List.of(),
                List.of());
    }
}
