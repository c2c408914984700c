package io.attract.project;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A project entry the unit head confirms (审核) before the figures count it, or sends back (退回) with a reason: a
 * fund in place or a stage change.
 */
@MappedSuperclass
public abstract class ConfirmedEntry extends ProjectEntry {

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "return_reason")
    public String returnReason;

    void confirm(String by, Instant at) {
        confirmedAt = at;
        confirmedBy = by;
    }
}
