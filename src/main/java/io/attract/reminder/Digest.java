package io.attract.reminder;

import java.util.List;

/** What one day's reminders say to a person or a unit: sections of lines, each with a link into the app. */
record Digest(List<Section> sections) {

    record Section(String summary, List<Line> lines) {}

    /** A record's name (the link's text in markdown), a note after it ("（应于 … 前办理）"), its page. */
    record Line(String name, String note, String link) {

        String text() {
            return name + note;
        }
    }

    boolean isEmpty() {
        return sections.isEmpty();
    }

    /** "3 条线索已超期、2 项走访跟进已到期". */
    String summary() {
        return String.join("、", sections.stream().map(Section::summary).toList());
    }
}
