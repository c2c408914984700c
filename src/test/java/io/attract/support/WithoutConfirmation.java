package io.attract.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For test classes about figures, not 审核: an officer's entries count on entry (ConfirmationTest covers 审核). The
 * district's switch is off during each test and back on after it.
 */
public interface WithoutConfirmation {

    @BeforeEach
    default void confirmationOff() {
        ConfirmationSetting.set(false);
    }

    @AfterEach
    default void confirmationOn() {
        ConfirmationSetting.set(true);
    }
}
