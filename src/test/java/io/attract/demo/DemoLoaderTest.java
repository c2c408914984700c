package io.attract.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.attract.space.SiteRepository;
import io.attract.space.ZoneRepository;
import io.attract.unit.UnitRepository;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DemoLoaderTest {

    @Inject
    DemoLoader loader;

    @Inject
    UnitRepository units;

    @Inject
    ZoneRepository zones;

    @Inject
    SiteRepository sites;

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        loader.load();
        long unitCount = units.count();
        long zoneCount = zones.count();
        long siteCount = sites.count();
        assertThat(units.findByCode("wuyingshan")).isPresent();
        assertThat(zones.findByCode("jiluo-road-belt")).isPresent();

        loader.load();
        assertThat(units.count()).isEqualTo(unitCount);
        assertThat(zones.count()).isEqualTo(zoneCount);
        assertThat(sites.count()).isEqualTo(siteCount);
    }
}
