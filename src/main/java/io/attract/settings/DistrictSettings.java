package io.attract.settings;

import io.attract.common.persistence.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads and changes the district's one settings row. */
@ApplicationScoped
@Transactional
public class DistrictSettings {

    public record ConfirmationSetting(
            boolean required,
            @Schema(nullable = true) Instant updatedAt,
            @Schema(nullable = true) String updatedBy,
            long version) {}

    /** Whether an officer's stage change or fund entry waits for the unit head before it counts. */
    public boolean confirmationRequired() {
        return row().confirmationRequired;
    }

    public ConfirmationSetting confirmation() {
        return view(row());
    }

    public ConfirmationSetting setConfirmation(boolean required, String ifMatch, String username) {
        DistrictSetting s = row();
        IfMatch.check(ifMatch, s.version);
        if (s.confirmationRequired != required) {
            s.confirmationRequired = required;
            s.updatedAt = Instant.now();
            s.updatedBy = username;
            DistrictSetting.getEntityManager().flush();
        }
        return view(s);
    }

    private static DistrictSetting row() {
        return DistrictSetting.<DistrictSetting>findByIdOptional(1L)
                .orElseThrow(() -> new IllegalStateException("district_setting row 1 is missing (V19)"));
    }

    private static ConfirmationSetting view(DistrictSetting s) {
        return new ConfirmationSetting(s.confirmationRequired, s.updatedAt, s.updatedBy, s.version);
    }
}
