package io.attract.engagement;

import java.util.List;

public record Reminders(int count, List<Reminder> items) {}
