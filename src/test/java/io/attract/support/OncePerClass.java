package io.attract.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Setup a test class needs once, run from a {@code @BeforeEach} before its first test: a static {@code @BeforeAll}
 * runs before the application listens. Each setup is named, so a class may have several; one that fails is tried again
 * before the next test.
 */
public final class OncePerClass {

    private static final Set<String> DONE = ConcurrentHashMap.newKeySet();

    private OncePerClass() {}

    public static void run(Class<?> testClass, String setupName, Runnable setup) {
        String key = testClass.getName() + "#" + setupName;
        if (!DONE.contains(key)) {
            setup.run();
            DONE.add(key);
        }
    }
}
