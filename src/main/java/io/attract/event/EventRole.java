package io.attract.event;

/** Whether the district hosted the event (主办) or attended someone else's (参加). */
public enum EventRole {
    HOSTED("主办"),
    ATTENDED("参加");

    private final String label;

    EventRole(String label) {
        this.label = label;
    }

    /** The Chinese name, as the list shows it. */
    public String label() {
        return label;
    }
}
