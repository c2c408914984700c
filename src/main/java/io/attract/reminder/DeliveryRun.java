package io.attract.reminder;

/** What one run did: messages it had, sent now, failed now, and those sent earlier today (not again). */
public record DeliveryRun(int messages, int sent, int failed, int alreadySent) {}
