package io.attract.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;

/** Starts jobs (a POST that answers 202) and polls {@code /api/jobs/{id}} until they finish. */
public final class JobPolls {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private JobPolls() {}

    /** Sends the request that starts a job as {@code username}; asserts the 202 and answers the job's location. */
    public static String start(String username, RequestSpecification request, String path) {
        return request.post(path)
                .then()
                .statusCode(202)
                .header("Location", startsWith("/api/jobs/"))
                .extract()
                .header("Location");
    }

    /** Polls the job as {@code username} until it is SUCCEEDED or FAILED; answers that last poll. */
    public static ValidatableResponse finished(String username, String location) {
        Instant until = Instant.now().plus(PATIENCE);
        while (true) {
            ValidatableResponse poll = Api.get(username, location).statusCode(200);
            String state = poll.extract().path("state");
            if ("SUCCEEDED".equals(state) || "FAILED".equals(state)) {
                return poll;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("job " + location + " still " + state + " after " + PATIENCE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The result of a job that must succeed, as the root of the assertions that follow. */
    public static ValidatableResponse result(String username, String location) {
        return finished(username, location).body("state", equalTo("SUCCEEDED")).rootPath("result");
    }
}
