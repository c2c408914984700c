package io.attract.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone at the visit: one of ours (an officer or leader, maybe a user) or one of theirs (maybe a contact). */
@Embeddable
public class VisitParticipant {

    @Column(nullable = false)
    public boolean ours;

    @Column(nullable = false)
    public String name;

    public String title;

    public String username;

    @Column(name = "contact_id")
    public Long contactId;
}
