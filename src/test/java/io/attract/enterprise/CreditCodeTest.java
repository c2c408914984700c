package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "91330100716105852F"})
    void acceptsTheBriefsValidExamples(String code) {
        assertThat(CreditCode.problem(code)).isEmpty();
    }

    @Test
    void aWrongCheckCharacterSaysWhichOneIsExpected() {
        assertThat(CreditCode.problem("914403001922038217"))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("校验位").contains("6"));
    }

    @Test
    void refusesLettersOutsideTheAlphabetAndWrongLength() {
        assertThat(CreditCode.problem("91440300192203821"))
                .hasValueSatisfying(m -> assertThat(m).contains("18"));
        assertThat(CreditCode.problem("9144030019220382I6"))
                .hasValueSatisfying(m -> assertThat(m).contains("第 17 位"));
        assertThat(CreditCode.problem("91A4030019220382I6")).isPresent();
    }

    @Test
    void checkCharacterThirtyOneBecomesZero() {
        // Search a prefix whose weighted sum is a multiple of 31: the check character must be '0', not out of range.
        String prefix = null;
        for (int n = 0; n < 100_000 && prefix == null; n++) {
            String candidate = "9137010" + String.format("%010d", n);
            if (CreditCode.checkCharacter(candidate) == '0') {
                prefix = candidate;
            }
        }
        assertThat(prefix).isNotNull();
        assertThat(CreditCode.isValid(prefix + "0")).isTrue();
    }

    @Test
    void normalizesFullWidthAndCase() {
        assertThat(CreditCode.normalize(" ９１３３０１００７１６１０５８５２ｆ ")).isEqualTo("91330100716105852F");
        assertThat(CreditCode.regionCode("91330100716105852F")).isEqualTo("330100");
    }
}
