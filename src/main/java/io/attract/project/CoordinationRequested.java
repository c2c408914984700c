package io.attract.project;

/**
 * A coordination request (需协调事项) was logged: it is escalated to the project's sponsor leader at once. Fired in the
 * logging transaction; observers that tell people do so after it commits.
 */
public record CoordinationRequested(
        long entryId,
        long projectId,
        String projectCode,
        String projectName,
        long unitId,
        String sponsorUsername,
        String sponsorLeader,
        String content) {}
