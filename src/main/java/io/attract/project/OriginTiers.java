package io.attract.project;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** 来源层级 from an investor's origin: its country, else its GB/T 2260 region relative to the district. */
@ApplicationScoped
public class OriginTiers {

    @ConfigProperty(name = "attract.district.region-code", defaultValue = "370105")
    String districtCode;

    public OriginTier of(String regionCode, String countryCode) {
        if (countryCode != null && !countryCode.isBlank() && !"CN".equalsIgnoreCase(countryCode)) {
            return OriginTier.OVERSEAS;
        }
        if (regionCode == null || regionCode.length() < 6) {
            return null;
        }
        String province = regionCode.substring(0, 2);
        // 71 台湾, 81 香港, 82 澳门 count as 境外 in investment statistics.
        if (province.equals("71") || province.equals("81") || province.equals("82")) {
            return OriginTier.OVERSEAS;
        }
        if (!province.equals(districtCode.substring(0, 2))) {
            return OriginTier.OUT_OF_PROVINCE;
        }
        if (!regionCode.startsWith(districtCode.substring(0, 4))) {
            return OriginTier.OUT_OF_CITY;
        }
        return regionCode.equals(districtCode) ? OriginTier.LOCAL : OriginTier.OUT_OF_DISTRICT;
    }
}
