package io.attract.enterprise;

import java.util.concurrent.atomic.AtomicLong;

/** Valid, unique credit codes for tests: Jinan (370100) registrations with a running organisation code. */
public final class CreditCodes {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000_000L);

    private CreditCodes() {}

    public static String next() {
        String first17 = "91370100" + String.format("%09d", SEQ.incrementAndGet() % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
