package io.attract.support;

import org.junit.jupiter.api.BeforeEach;

/** For test classes whose tests work in {@link EngagementFixtures#units()}, made once for the class. */
public interface InEngagementUnits {

    @BeforeEach
    default void engagementUnits() {
        OncePerClass.run(getClass(), "engagement units", EngagementFixtures::units);
    }
}
