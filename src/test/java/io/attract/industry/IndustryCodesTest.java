package io.attract.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** GB/T 4754-2017 codes shown with their names, and read back from a cell that shows them so. */
class IndustryCodesTest {

    @Test
    void theListHoldsTheTwentySectionsAndNinetySevenDivisions() {
        var list = IndustryCodes.list();
        assertEquals(2017, list.edition());
        assertEquals(
                20, list.items().stream().filter(c -> c.code().length() == 1).count());
        assertEquals(
                97, list.items().stream().filter(c -> c.code().length() == 3).count());
    }

    @Test
    void aCodeIsShownWithItsNameAndAFinerCodeWithItsDivision() {
        assertEquals("C27 医药制造业", IndustryCodes.label("C27"));
        assertEquals("C 制造业", IndustryCodes.label("C"));
        assertEquals("I65 软件和信息技术服务业", IndustryCodes.label("I65"));
        assertEquals("C2710（C27 医药制造业）", IndustryCodes.label("C2710"));
        assertEquals("C99", IndustryCodes.label("C99"));
        assertNull(IndustryCodes.label(null));
    }

    @Test
    void aCellReadsBackAsItsCode() {
        assertEquals("C27", IndustryCodes.codeOf("C27 医药制造业"));
        assertEquals("C2710", IndustryCodes.codeOf("C2710（C27 医药制造业）"));
        assertEquals("C3011", IndustryCodes.codeOf(" c3011 "));
    }
}
