package io.attract.job;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.attract.enterprise.CreditCodes;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.JobPolls;
import io.attract.support.OncePerClass;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobResourceTest {

    private static final String IMPORT = "/api/enterprises/import";

    @BeforeEach
    void officerInAUnit() {
        OncePerClass.run(getClass(), "officer in a unit", () -> Fixtures.unitOf("job", Tokens.OFFICER));
    }

    @Test
    void anImportAnswers202AndItsJobSucceedsWithTheCounts() {
        String tag = "任务" + System.nanoTime();
        String csv =
                "企业名称,统一社会信用代码\n" + tag + "甲有限公司," + CreditCodes.next() + "\n" + tag + "乙有限公司,\n" + tag + "丙有限公司,\n";
        String location = sheet(csv, false)
                .post(IMPORT)
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.startsWith("/api/jobs/"))
                .body("kind", equalTo("ENTERPRISE_IMPORT"))
                .body("state", oneOf("QUEUED", "RUNNING", "SUCCEEDED"))
                .body("done", notNullValue())
                .body("total", notNullValue())
                .extract()
                .header("Location");

        JobPolls.finished(Tokens.OFFICER, location)
                .body("state", equalTo("SUCCEEDED"))
                .body("id", equalTo(location.substring("/api/jobs/".length())))
                .body("phase", equalTo("WRITING"))
                .body("done", equalTo(3))
                .body("total", equalTo(3))
                .body("problem", nullValue())
                .body("finishedAt", notNullValue())
                .body("result.status", equalTo("APPLIED"))
                .body("result.created", equalTo(3))
                .body("result.applied", equalTo(true));
        int firm = Api.get(Tokens.OFFICER, "/api/enterprises", "q", tag)
                .body("total", equalTo(3))
                .extract()
                .path("items[0].id");
        // The job ran as the officer who started it: the firm's owner and the audit trail name them, not "system".
        Api.get(Tokens.OFFICER, "/api/enterprises/" + firm).body("ownerUsername", equalTo(Tokens.OFFICER));
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Enterprise", "id", firm)
                .statusCode(200)
                .body("items[0].actor", equalTo(Tokens.OFFICER));
    }

    @Test
    void aSheetWithErrorsEndsWithTheRowByRowReportAndNothingWritten() {
        String tag = "坏表" + System.nanoTime();
        String csv = "企业名称,注册资本(万元)\n" + tag + "甲有限公司,100\n" + tag + "乙有限公司,很多\n";
        String location = JobPolls.start(Tokens.OFFICER, sheet(csv, false), IMPORT);

        JobPolls.finished(Tokens.OFFICER, location)
                .body("state", equalTo("SUCCEEDED"))
                .body("phase", equalTo("VALIDATING"))
                .body("done", equalTo(2))
                .body("total", equalTo(2))
                .body("result.status", equalTo("REJECTED"))
                .body("result.applied", equalTo(false))
                .body("result.errors[0].row", equalTo(3))
                .body("result.errors[0].column", equalTo("注册资本(万元)"))
                .body("result.errors[0].message", equalTo("“很多”不是数字"));
        Api.get(Tokens.OFFICER, "/api/enterprises", "q", tag).body("total", equalTo(0));
    }

    @Test
    void aFileThatCannotBeReadFailsWithAProblemInChinese() {
        String location = JobPolls.start(
                Tokens.OFFICER,
                Tokens.as(Tokens.OFFICER).multiPart("file", "broken.xlsx", new byte[] {1, 2, 3, 4}),
                IMPORT);

        JobPolls.finished(Tokens.OFFICER, location)
                .body("state", equalTo("FAILED"))
                .body("result", nullValue())
                .body("problem.status", equalTo(400))
                .body("problem.code", equalTo("import.unreadable"))
                .body("problem.detail", org.hamcrest.Matchers.startsWith("无法读取该文件"));
    }

    @Test
    void onlyTheUserWhoStartedAJobAndAdminsSeeIt() {
        String location =
                JobPolls.start(Tokens.OFFICER, sheet("企业名称\n" + "看见" + System.nanoTime() + "有限公司\n", true), IMPORT);
        JobPolls.finished(Tokens.OFFICER, location).body("result.status", equalTo("VALID"));

        Api.get(Tokens.OFFICER2, location).statusCode(404).body("code", equalTo("job.not_found"));
        Api.get(Tokens.LEADER, location).statusCode(404);
        Api.get(Tokens.ADMIN, location).statusCode(200).body("result.status", equalTo("VALID"));
        Api.get(Tokens.NO_ROLE, location).statusCode(403);
        RestAssured.given().get(location).then().statusCode(401);
        Api.get(Tokens.OFFICER, "/api/jobs/" + UUID.randomUUID()).statusCode(404);
        Api.get(Tokens.OFFICER, "/api/jobs/not-a-job").statusCode(404);
    }

    @Test
    void aLeaderCannotStartAnImport() {
        Tokens.as(Tokens.LEADER)
                .multiPart("file", "firms.csv", "企业名称\n某有限公司\n".getBytes(StandardCharsets.UTF_8))
                .post(IMPORT)
                .then()
                .statusCode(403);
    }

    @Test
    void aRunningJobWhoseHeartbeatWentStaleReadsAsFailedInterrupted() {
        UUID stale = job(JobState.RUNNING, Duration.ofMinutes(10));
        UUID fresh = job(JobState.RUNNING, Duration.ofSeconds(1));

        Api.get(Tokens.OFFICER, "/api/jobs/" + stale)
                .statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("problem.code", equalTo("job.interrupted"))
                .body("finishedAt", notNullValue());
        Api.get(Tokens.OFFICER, "/api/jobs/" + stale).body("state", equalTo("FAILED"));
        Api.get(Tokens.OFFICER, "/api/jobs/" + fresh)
                .statusCode(200)
                .body("state", equalTo("RUNNING"))
                .body("phase", equalTo("WRITING"))
                .body("done", is(5))
                .body("total", is(10));

        // A worker that does answer after all wins: what it did is what happened.
        QuarkusTransaction.requiringNew()
                .run(() -> Job.update(
                        "heartbeatAt = ?1 where id = ?2", Instant.now().minus(Duration.ofMinutes(10)), fresh));
        Api.get(Tokens.OFFICER, "/api/jobs/" + fresh).body("state", equalTo("FAILED"));
        io.quarkus.arc.Arc.container()
                .instance(JobStore.class)
                .get()
                .succeeded(fresh, java.util.Map.of("status", "APPLIED"));
        Api.get(Tokens.OFFICER, "/api/jobs/" + fresh)
                .body("state", equalTo("SUCCEEDED"))
                .body("result.status", equalTo("APPLIED"))
                .body("problem", nullValue());
    }

    private static UUID job(JobState state, Duration sinceHeartbeat) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.id = UUID.randomUUID();
            job.kind = "ENTERPRISE_IMPORT";
            job.state = state;
            job.phase = JobPhase.WRITING;
            job.done = 5;
            job.total = 10;
            job.ownerUsername = Tokens.OFFICER;
            job.createdAt = Instant.now().minus(sinceHeartbeat);
            job.heartbeatAt = job.createdAt;
            job.persist();
            return job.id;
        });
    }

    private static RequestSpecification sheet(String csv, boolean dryRun) {
        return Tokens.as(Tokens.OFFICER)
                .multiPart("file", "firms.csv", csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun);
    }
}
