package io.attract.user;

/** A user as a picker offers them: the login and the name people read. */
public record Person(String username, String displayName) {}
