package io.attract.common.persistence;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The application on a primary of its own whose streaming standby is the read replica ({@link StreamingStandby}). */
public class WithStandby implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StreamingStandby.class));
    }
}
