package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.common.error.ApiException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ImportFailureTest {

    private static ApiException failed(String sqlState) {
        return ImportFailure.of(new IllegalStateException("flush", new SQLException("database says no", sqlState)));
    }

    @Test
    void theDatabaseSaysWhyAndThePersonReadsItInChinese() {
        assertThat(failed("23505").code()).isEqualTo("import.conflict");
        assertThat(failed("40P01").code()).isEqualTo("import.conflict");
        assertThat(failed("22023").code()).isEqualTo("import.unstorable_value");
        assertThat(failed("08006").code()).isEqualTo("import.database_unavailable");
        assertThat(failed("57P01").code()).isEqualTo("import.database_unavailable");
        assertThat(failed("XX000").getMessage()).contains("XX000").contains("没有写入任何数据");
        assertThat(ImportFailure.of(new OutOfMemoryError()).code()).isEqualTo("import.too_large");
        assertThat(ImportFailure.of(new IllegalStateException()).code()).isEqualTo("import.failed");
    }

    @Test
    void noReasonIsTheInternalErrorOrEnglish() {
        for (String state : new String[] {"23505", "22001", "08001", "53100", "42P01"}) {
            ApiException e = failed(state);
            assertThat(e.code()).isNotEqualTo("internal.error");
            assertThat(e.getMessage()).doesNotContain("database says no").matches(".*[\\u4e00-\\u9fff].*");
        }
    }
}
