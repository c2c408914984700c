package io.attract.project;

import static io.attract.project.ProjectStage.CONSTRUCTION;
import static io.attract.project.ProjectStage.LEAD;
import static io.attract.project.ProjectStage.NEGOTIATING;
import static io.attract.project.ProjectStage.ON_HOLD;
import static io.attract.project.ProjectStage.OPERATING;
import static io.attract.project.ProjectStage.REGISTERED;
import static io.attract.project.ProjectStage.SIGNED;
import static io.attract.project.ProjectStage.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attract.project.StageRules.Change;
import io.attract.project.StageRules.Move;
import io.attract.project.StageRules.Position;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The stage rules without a database: every pair of stages, and each rule on its own. */
class StageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    /** The date of the project's last live change. */
    private static final LocalDate LAST = LocalDate.of(2026, 3, 1);

    private static final LocalDate ON = LocalDate.of(2026, 4, 1);
    private static final String REASON = "投资方调整计划";

    /**
     * Every (from, to) pair of the eight stages, 搁置 being held at 签约: forward (or aside), back (a correction),
     * the same stage, or out of 终止 to 搁置 (refused even as a correction).
     */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "LEAD, LEAD, same",
        "LEAD, NEGOTIATING, forward",
        "LEAD, SIGNED, forward",
        "LEAD, REGISTERED, forward",
        "LEAD, CONSTRUCTION, forward",
        "LEAD, OPERATING, forward",
        "LEAD, ON_HOLD, forward",
        "LEAD, TERMINATED, forward",
        "NEGOTIATING, LEAD, back",
        "NEGOTIATING, NEGOTIATING, same",
        "NEGOTIATING, SIGNED, forward",
        "NEGOTIATING, REGISTERED, forward",
        "NEGOTIATING, CONSTRUCTION, forward",
        "NEGOTIATING, OPERATING, forward",
        "NEGOTIATING, ON_HOLD, forward",
        "NEGOTIATING, TERMINATED, forward",
        "SIGNED, LEAD, back",
        "SIGNED, NEGOTIATING, back",
        "SIGNED, SIGNED, same",
        "SIGNED, REGISTERED, forward",
        "SIGNED, CONSTRUCTION, forward",
        "SIGNED, OPERATING, forward",
        "SIGNED, ON_HOLD, forward",
        "SIGNED, TERMINATED, forward",
        "REGISTERED, LEAD, back",
        "REGISTERED, NEGOTIATING, back",
        "REGISTERED, SIGNED, back",
        "REGISTERED, REGISTERED, same",
        "REGISTERED, CONSTRUCTION, forward",
        "REGISTERED, OPERATING, forward",
        "REGISTERED, ON_HOLD, forward",
        "REGISTERED, TERMINATED, forward",
        "CONSTRUCTION, LEAD, back",
        "CONSTRUCTION, NEGOTIATING, back",
        "CONSTRUCTION, SIGNED, back",
        "CONSTRUCTION, REGISTERED, back",
        "CONSTRUCTION, CONSTRUCTION, same",
        "CONSTRUCTION, OPERATING, forward",
        "CONSTRUCTION, ON_HOLD, forward",
        "CONSTRUCTION, TERMINATED, forward",
        "OPERATING, LEAD, back",
        "OPERATING, NEGOTIATING, back",
        "OPERATING, SIGNED, back",
        "OPERATING, REGISTERED, back",
        "OPERATING, CONSTRUCTION, back",
        "OPERATING, OPERATING, same",
        "OPERATING, ON_HOLD, forward",
        "OPERATING, TERMINATED, forward",
        "ON_HOLD, LEAD, back",
        "ON_HOLD, NEGOTIATING, back",
        "ON_HOLD, SIGNED, forward",
        "ON_HOLD, REGISTERED, forward",
        "ON_HOLD, CONSTRUCTION, forward",
        "ON_HOLD, OPERATING, forward",
        "ON_HOLD, ON_HOLD, same",
        "ON_HOLD, TERMINATED, forward",
        "TERMINATED, LEAD, back",
        "TERMINATED, NEGOTIATING, back",
        "TERMINATED, SIGNED, back",
        "TERMINATED, REGISTERED, back",
        "TERMINATED, CONSTRUCTION, back",
        "TERMINATED, OPERATING, back",
        "TERMINATED, ON_HOLD, ended",
        "TERMINATED, TERMINATED, same"
    })
    void everyPairOfStages(ProjectStage from, ProjectStage to, String kind) {
        Position at = at(from);
        AgreementType agreement = to == SIGNED ? AgreementType.FORMAL : null;
        switch (kind) {
            case "same" -> {
                refused(
                        () -> check(at, Change.recorded(to, ON, REASON, agreement, false)),
                        "project.same_stage",
                        null,
                        true);
                refused(
                        () -> check(at, Change.recorded(to, ON, REASON, agreement, true)),
                        "project.same_stage",
                        null,
                        true);
            }
            case "ended" -> {
                refused(
                        () -> check(at, Change.recorded(to, ON, REASON, agreement, false)),
                        "project.terminated",
                        null,
                        true);
                refused(
                        () -> check(at, Change.recorded(to, ON, REASON, agreement, true)),
                        "project.terminated",
                        null,
                        true);
            }
            case "back" -> {
                refused(
                        () -> check(at, Change.recorded(to, ON, REASON, agreement, false)),
                        "project.correction_required",
                        "correction",
                        false);
                refused(
                        () -> check(at, Change.recorded(to, ON, " ", agreement, true)),
                        "project.note_required",
                        "note",
                        false);
                assertThat(check(at, Change.recorded(to, ON, REASON, agreement, true)))
                        .isEqualTo(new Move(from, to, ON, true, agreement));
                // An imported change never goes back: it has no correction to offer.
                refused(
                        () -> check(at, Change.imported(to, ON, REASON)),
                        "project.correction_required",
                        "correction",
                        false);
            }
            case "forward" -> {
                refused(
                        () -> check(at, Change.recorded(to, ON, REASON, agreement, true)),
                        "project.not_a_correction",
                        "correction",
                        false);
                Move move = check(at, Change.recorded(to, ON, REASON, agreement, false));
                assertThat(move).isEqualTo(new Move(from, to, ON, false, agreement));
                assertThat(check(at, Change.imported(to, ON, REASON))).isEqualTo(new Move(from, to, ON, false, null));

                Project p = project(from);
                LocalDate firstDate = milestone(p, to);
                StageRules.move(p, move);
                assertThat(p.stage).isEqualTo(to);
                assertThat(p.stageSince).isEqualTo(ON);
                assertThat(p.heldStage).isEqualTo(to == ON_HOLD ? at.funnelStage() : null);
                if (to.inFunnel()) {
                    assertThat(milestone(p, to)).isEqualTo(firstDate != null ? firstDate : ON);
                }
                assertThat(Position.of(p, ON)).isEqualTo(at.after(move));
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ProjectStage.class,
            names = {"ON_HOLD", "TERMINATED"})
    void puttingAsideOrEndingNeedsAReason(ProjectStage to) {
        refused(
                () -> check(at(NEGOTIATING), Change.recorded(to, ON, null, null, false)),
                "project.note_required",
                "note",
                false);
        assertThatThrownBy(() -> check(at(NEGOTIATING), Change.recorded(to, ON, "  ", null, false)))
                .hasMessage("请说明" + ProjectLabels.stage(to) + "的原因。");
        refused(() -> check(at(NEGOTIATING), Change.imported(to, ON, null)), "project.note_required", "note", false);
    }

    @Test
    void aCorrectionNeedsItsReason() {
        assertThatThrownBy(() -> check(at(SIGNED), Change.recorded(NEGOTIATING, ON, null, null, true)))
                .hasMessage("请说明更正的原因。");
    }

    @Test
    void aRecordedSigningNeedsItsAgreementTypeAnImportedOneMayComeWithout() {
        refused(
                () -> check(at(NEGOTIATING), Change.recorded(SIGNED, ON, null, null, false)),
                "project.agreement_required",
                "agreementType",
                false);
        assertThat(check(at(NEGOTIATING), Change.imported(SIGNED, ON, "台账导入")))
                .isEqualTo(new Move(NEGOTIATING, SIGNED, ON, false, null));
        // A signing imported without its type and later put on hold resumes, when recorded, only with a type.
        Position heldWithoutType = new Position(ON_HOLD, SIGNED, null, LAST);
        refused(
                () -> check(heldWithoutType, Change.recorded(SIGNED, ON, null, null, false)),
                "project.agreement_required",
                "agreementType",
                false);
        assertThat(check(heldWithoutType, Change.imported(SIGNED, ON, "台账导入")).agreement())
                .isNull();
    }

    @Test
    void resumingFromHoldToTheHeldStageKeepsTheAgreement() {
        Position held = new Position(ON_HOLD, SIGNED, AgreementType.FRAMEWORK, LAST);
        Move resumed = check(held, Change.recorded(SIGNED, ON, null, null, false));
        assertThat(resumed).isEqualTo(new Move(ON_HOLD, SIGNED, ON, false, AgreementType.FRAMEWORK));
        // a type given wins; moving on past the held stage is no resumption
        assertThat(check(held, Change.recorded(SIGNED, ON, null, AgreementType.FORMAL, false))
                        .agreement())
                .isEqualTo(AgreementType.FORMAL);
        assertThat(check(held, Change.recorded(REGISTERED, ON, null, null, false))
                        .agreement())
                .isNull();

        Project p = project(ON_HOLD);
        p.agreementType = AgreementType.FRAMEWORK;
        LocalDate signedOn = p.signedOn;
        StageRules.move(p, resumed);
        assertThat(p.stage).isEqualTo(SIGNED);
        assertThat(p.heldStage).isNull();
        assertThat(p.stageSince).isEqualTo(ON);
        assertThat(p.signedOn).isEqualTo(signedOn).isBefore(ON);
        assertThat(p.agreementType).isEqualTo(AgreementType.FRAMEWORK);
    }

    @Test
    void businessDatesNeverRunBackwardsExceptByCorrectionNorIntoTheFuture() {
        LocalDate before = LAST.minusDays(1);
        refused(
                () -> check(at(NEGOTIATING), Change.recorded(REGISTERED, before, null, null, false)),
                "project.transition_date_order",
                "effectiveDate",
                false);
        assertThatThrownBy(() -> check(at(NEGOTIATING), Change.imported(REGISTERED, before, null)))
                .hasMessage("业务日期不能早于上一次阶段变更的日期（2026-03-01）。");
        assertThat(check(at(NEGOTIATING), Change.recorded(REGISTERED, LAST, null, null, false))
                        .date())
                .isEqualTo(LAST);
        assertThat(check(at(SIGNED), Change.recorded(NEGOTIATING, before, REASON, null, true))
                        .correction())
                .isTrue();
        // no earlier change: any date up to today
        assertThat(check(Position.NEW, Change.recorded(LEAD, LocalDate.of(2001, 1, 1), null, null, false)))
                .isNotNull();

        refused(
                () -> check(at(NEGOTIATING), Change.recorded(REGISTERED, TODAY.plusDays(1), null, null, false)),
                "project.date_in_future",
                "effectiveDate",
                false);
        assertThat(check(at(NEGOTIATING), Change.recorded(REGISTERED, TODAY, null, null, false))
                        .date())
                .isEqualTo(TODAY);
        // the date is checked first, as the API has always answered
        refused(
                () -> check(at(NEGOTIATING), Change.recorded(NEGOTIATING, TODAY.plusDays(1), null, null, false)),
                "project.date_in_future",
                "effectiveDate",
                false);
    }

    @Test
    void aNewProjectStartsInTheFunnel() {
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage.inFunnel()) {
                assertThat(check(Position.NEW, Change.recorded(stage, ON, null, AgreementType.INTENT, false)))
                        .isEqualTo(new Move(null, stage, ON, false, AgreementType.INTENT));
            } else {
                refused(
                        () -> check(Position.NEW, Change.imported(stage, ON, REASON)),
                        "project.bad_initial_stage",
                        "stage",
                        false);
            }
        }
        refused(
                () -> check(Position.NEW, Change.recorded(LEAD, ON, REASON, null, true)),
                "project.not_a_correction",
                "correction",
                false);

        Project p = new Project();
        StageRules.move(p, check(Position.NEW, Change.recorded(NEGOTIATING, ON, null, null, false)));
        assertThat(p.stage).isEqualTo(NEGOTIATING);
        assertThat(p.stageSince).isEqualTo(ON);
        assertThat(p.negotiatingOn).isEqualTo(ON);
        assertThat(p.signedOn).isNull();
    }

    @Test
    void theMessagesAreThoseTheApiHasAlwaysGiven() {
        assertThatThrownBy(() -> check(at(NEGOTIATING), Change.recorded(NEGOTIATING, ON, null, null, false)))
                .hasMessage("项目已处于“在谈”阶段。");
        assertThatThrownBy(() -> check(at(REGISTERED), Change.recorded(NEGOTIATING, ON, REASON, null, false)))
                .hasMessage("从“注册”退回“在谈”只能作为更正登记：请勾选“更正”并说明原因。");
        assertThatThrownBy(() -> check(at(NEGOTIATING), Change.recorded(SIGNED, ON, null, null, true)))
                .hasMessage("只有退回到之前的阶段才算更正。");
        assertThatThrownBy(() -> check(at(TERMINATED), Change.recorded(ON_HOLD, ON, REASON, null, false)))
                .hasMessage("项目已终止；如属误操作，请以“更正”方式恢复到原阶段。");
        assertThatThrownBy(() -> check(at(NEGOTIATING), Change.recorded(SIGNED, ON, null, null, false)))
                .hasMessage("签约须选择协议类型（意向、框架或正式）。");
        assertThatThrownBy(() -> check(at(NEGOTIATING), Change.recorded(SIGNED, TODAY.plusDays(1), null, null, false)))
                .hasMessage("业务日期不能晚于今天。");
    }

    @Test
    void aWalkThroughTheFunnelKeepsEachStagesFirstDate() {
        Project p = new Project();
        Position at = Position.NEW;
        LocalDate day = LocalDate.of(2026, 1, 5);
        Object[][] walk = {
            {LEAD, null},
            {NEGOTIATING, null},
            {SIGNED, AgreementType.INTENT},
            {ON_HOLD, REASON},
            {SIGNED, null},
            {REGISTERED, null},
            {TERMINATED, REASON}
        };
        for (Object[] step : walk) {
            ProjectStage to = (ProjectStage) step[0];
            Change change = to == SIGNED
                    ? Change.recorded(to, day, null, (AgreementType) step[1], false)
                    : Change.recorded(to, day, (String) step[1], null, false);
            Move move = check(at, change);
            StageRules.move(p, move);
            at = at.after(move);
            assertThat(Position.of(p, day)).isEqualTo(at);
            day = day.plusDays(10);
        }
        assertThat(p.stage).isEqualTo(TERMINATED);
        assertThat(p.heldStage).isNull();
        assertThat(p.stageSince).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(p.negotiatingOn).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(p.signedOn).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(p.registeredOn).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(p.constructionOn).isNull();
        assertThat(p.agreementType).isEqualTo(AgreementType.INTENT);
    }

    @Test
    void moveTakesOnlyAForwardMoveFromWhereTheProjectIs() {
        Project p = project(REGISTERED);
        Move back = check(at(REGISTERED), Change.recorded(NEGOTIATING, ON, REASON, null, true));
        assertThatThrownBy(() -> StageRules.move(p, back)).isInstanceOf(IllegalArgumentException.class);
        Move fromElsewhere = check(at(SIGNED), Change.recorded(CONSTRUCTION, ON, null, null, false));
        assertThatThrownBy(() -> StageRules.move(p, fromElsewhere)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.stage).isEqualTo(REGISTERED);
    }

    @Test
    void aCorrectionRecomputesTheMilestonesFromTheTransitionsStillLive() {
        Project p = project(REGISTERED);
        p.agreementType = AgreementType.FRAMEWORK;
        Move correction =
                check(at(REGISTERED), Change.recorded(NEGOTIATING, LocalDate.of(2026, 3, 20), REASON, null, true));
        // live after the revert: the first 在谈 and the correction itself (签约 and 注册 were reverted)
        List<ProjectTransition> live = List.of(
                transition(NEGOTIATING, LocalDate.of(2026, 1, 5), null),
                transition(NEGOTIATING, LocalDate.of(2026, 3, 20), null));
        StageRules.corrected(p, correction, LocalDate.of(2026, 1, 5), live);
        assertThat(p.stage).isEqualTo(NEGOTIATING);
        assertThat(p.stageSince).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(p.heldStage).isNull();
        assertThat(p.negotiatingOn).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(p.signedOn).isNull();
        assertThat(p.registeredOn).isNull();
        assertThat(p.agreementType).isNull();

        Project signed = project(CONSTRUCTION);
        Move toSigned = check(at(CONSTRUCTION), Change.recorded(SIGNED, ON, REASON, AgreementType.INTENT, true));
        StageRules.corrected(
                signed,
                toSigned,
                LocalDate.of(2026, 1, 10),
                List.of(
                        transition(NEGOTIATING, LocalDate.of(2026, 1, 3), null),
                        transition(SIGNED, LocalDate.of(2026, 1, 10), AgreementType.FORMAL),
                        transition(SIGNED, ON, toSigned.agreement())));
        assertThat(signed.signedOn).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(signed.constructionOn).isNull();
        assertThat(signed.agreementType).isEqualTo(AgreementType.INTENT); // the latest signing's
        assertThatThrownBy(() -> StageRules.corrected(
                        signed, check(at(SIGNED), Change.recorded(REGISTERED, ON, null, null, false)), ON, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Move check(Position at, Change change) {
        return StageRules.check(at, change, TODAY);
    }

    private static void refused(ThrowingCallable call, String code, String field, boolean conflict) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StageRules.Refusal.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.conflict()).isEqualTo(conflict);
            assertThat(r.getMessage()).isNotBlank();
        });
    }

    /** Where a project in {@code stage} stands since {@link #LAST}; 搁置 is held at 签约. */
    private static Position at(ProjectStage stage) {
        return Position.of(project(stage), LAST);
    }

    /** A project in {@code stage} with a first date for each funnel stage it has reached (搁置: held at 签约). */
    private static Project project(ProjectStage stage) {
        Project p = new Project();
        p.stage = stage;
        p.heldStage = stage == ON_HOLD ? SIGNED : null;
        p.stageSince = LAST;
        ProjectStage reached = stage == ON_HOLD ? SIGNED : stage == TERMINATED ? REGISTERED : stage;
        LocalDate date = LocalDate.of(2026, 1, 1);
        for (ProjectStage s : List.of(NEGOTIATING, SIGNED, REGISTERED, CONSTRUCTION, OPERATING)) {
            if (!reached.before(s)) {
                setMilestone(p, s, date);
                date = date.plusDays(7);
            }
        }
        return p;
    }

    private static LocalDate milestone(Project p, ProjectStage stage) {
        return switch (stage) {
            case NEGOTIATING -> p.negotiatingOn;
            case SIGNED -> p.signedOn;
            case REGISTERED -> p.registeredOn;
            case CONSTRUCTION -> p.constructionOn;
            case OPERATING -> p.operatingOn;
            default -> null;
        };
    }

    private static void setMilestone(Project p, ProjectStage stage, LocalDate date) {
        switch (stage) {
            case NEGOTIATING -> p.negotiatingOn = date;
            case SIGNED -> p.signedOn = date;
            case REGISTERED -> p.registeredOn = date;
            case CONSTRUCTION -> p.constructionOn = date;
            case OPERATING -> p.operatingOn = date;
            default -> throw new IllegalArgumentException(stage.name());
        }
    }

    private static ProjectTransition transition(ProjectStage to, LocalDate on, AgreementType agreement) {
        ProjectTransition t = new ProjectTransition();
        t.toStage = to;
        t.effectiveDate = on;
        t.agreementType = agreement;
        return t;
    }
}
