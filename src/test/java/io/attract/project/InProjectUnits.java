package io.attract.project;

import io.attract.support.OncePerClass;
import org.junit.jupiter.api.BeforeEach;

/** For test classes whose tests work in {@link ProjectFixtures#unitsForProjects()}, made once for the class. */
interface InProjectUnits {

    @BeforeEach
    default void projectUnits() {
        OncePerClass.run(getClass(), "project units", ProjectFixtures::unitsForProjects);
    }
}
