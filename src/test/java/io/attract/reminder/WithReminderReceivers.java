package io.attract.reminder;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The application's mailer and robots pointed at {@link FakeReceivers}. */
public class WithReminderReceivers implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeReceivers.class));
    }
}
