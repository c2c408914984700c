package io.attract.project;

import java.time.LocalDate;
import java.util.List;

/**
 * The stage rules, once, in plain Java: forward moves may skip stages; going back is only a correction, with a
 * reason; 搁置 and 终止 need a reason; 签约 needs its agreement type (kept when resuming from 搁置); a 终止 project
 * only comes back by correction; business dates never run backwards except by correction, and never into the
 * future. The project service, the ledger import and the demo loader all check and move projects here; what they
 * store around a change (transitions, reverts, confirmation) is theirs.
 */
public final class StageRules {

    /**
     * Who made the change: a person (through the API, or as the demo plays one), or a ledger import, which has no
     * agreement type.
     */
    public enum Source {
        RECORDED,
        IMPORTED
    }

    /** A stage change asked for. */
    public record Change(
            ProjectStage to,
            LocalDate date,
            String note,
            AgreementType agreementType,
            boolean correction,
            Source source) {

        public static Change recorded(
                ProjectStage to, LocalDate date, String note, AgreementType agreementType, boolean correction) {
            return new Change(to, date, note, agreementType, correction, Source.RECORDED);
        }

        /** A forward change from an import; 签约 may come without its agreement type. */
        public static Change imported(ProjectStage to, LocalDate date, String note) {
            return new Change(to, date, note, null, false, Source.IMPORTED);
        }
    }

    /**
     * Where a project stands: its stage (null before its first), the funnel stage it is held in while 搁置, its
     * agreement type, and the business date of its last live change (null when none).
     */
    public record Position(
            ProjectStage stage, ProjectStage heldStage, AgreementType agreementType, LocalDate lastChange) {

        /** A project that has no stage yet. */
        public static final Position NEW = new Position(null, null, null, null);

        public static Position of(Project p, LocalDate lastChange) {
            return new Position(p.stage, p.heldStage, p.agreementType, lastChange);
        }

        /** As {@link Project#funnelStage()}: the funnel stage, or the held one; null once terminated or before. */
        public ProjectStage funnelStage() {
            return stage == ProjectStage.ON_HOLD ? heldStage : stage != null && stage.inFunnel() ? stage : null;
        }

        /** Where the project stands after an allowed move. */
        public Position after(Move m) {
            return new Position(
                    m.to(),
                    m.to() == ProjectStage.ON_HOLD ? funnelStage() : null,
                    m.to() == ProjectStage.SIGNED && m.agreement() != null ? m.agreement() : agreementType,
                    m.date());
        }
    }

    /** An allowed change: from where, to where, on which date, whether it is a correction, the agreement to record. */
    public record Move(
            ProjectStage from, ProjectStage to, LocalDate date, boolean correction, AgreementType agreement) {}

    /** A change the rules refuse: a stable code, the field it is about (null for a conflict) and the message. */
    public static final class Refusal extends RuntimeException {

        private final String code;
        private final String field;
        private final boolean conflict;

        private Refusal(String code, String field, String message, boolean conflict) {
            super(message, null, false, false);
            this.code = code;
            this.field = field;
            this.conflict = conflict;
        }

        static Refusal conflict(String code, String message) {
            return new Refusal(code, null, message, true);
        }

        static Refusal invalid(String field, String code, String message) {
            return new Refusal(code, field, message, false);
        }

        public String code() {
            return code;
        }

        public String field() {
            return field;
        }

        /** True for a conflict with the project's state (409); false for invalid input (400). */
        public boolean conflict() {
            return conflict;
        }
    }

    private StageRules() {}

    /** The move a change makes from {@code at}; throws a {@link Refusal} when the rules do not allow it. */
    public static Move check(Position at, Change c, LocalDate today) {
        if (c.date().isAfter(today)) {
            throw Refusal.invalid("effectiveDate", "project.date_in_future", "业务日期不能晚于今天。");
        }
        ProjectStage to = c.to();
        boolean backwards = backwards(at, to, c.correction());
        if ((c.note() == null || c.note().isBlank()) && (backwards || !to.inFunnel())) {
            throw Refusal.invalid(
                    "note",
                    "project.note_required",
                    backwards ? "请说明更正的原因。" : "请说明" + ProjectLabels.stage(to) + "的原因。");
        }
        boolean resuming = at.stage() == ProjectStage.ON_HOLD && to == at.heldStage();
        AgreementType agreement = c.agreementType() != null ? c.agreementType() : resuming ? at.agreementType() : null;
        if (to == ProjectStage.SIGNED && agreement == null && c.source() == Source.RECORDED) {
            throw Refusal.invalid("agreementType", "project.agreement_required", "签约须选择协议类型（意向、框架或正式）。");
        }
        if (!backwards && at.lastChange() != null && c.date().isBefore(at.lastChange())) {
            throw Refusal.invalid(
                    "effectiveDate", "project.transition_date_order", "业务日期不能早于上一次阶段变更的日期（" + at.lastChange() + "）。");
        }
        return new Move(at.stage(), to, c.date(), backwards, agreement);
    }

    /**
     * Whether going from {@code at} to {@code to} goes back (a correction). Refuses the same stage, a first stage
     * outside the funnel, leaving 终止 other than by correction, going back without {@code correction}, and a
     * correction that does not go back.
     */
    public static boolean backwards(Position at, ProjectStage to, boolean correction) {
        ProjectStage from = at.stage();
        if (to == from) {
            throw Refusal.conflict("project.same_stage", "项目已处于“" + ProjectLabels.stage(to) + "”阶段。");
        }
        if (from == null && !to.inFunnel()) {
            throw Refusal.invalid(
                    "stage", "project.bad_initial_stage", "新项目须从漏斗中的阶段开始，不能直接" + ProjectLabels.stage(to) + "。");
        }
        boolean backwards =
                from != null && to.inFunnel() && (from == ProjectStage.TERMINATED || to.before(at.funnelStage()));
        if (from == ProjectStage.TERMINATED && !to.inFunnel()) {
            throw Refusal.conflict("project.terminated", "项目已终止；如属误操作，请以“更正”方式恢复到原阶段。");
        }
        if (backwards && !correction) {
            throw Refusal.invalid(
                    "correction",
                    "project.correction_required",
                    "从“" + ProjectLabels.stage(from) + "”退回“" + ProjectLabels.stage(to) + "”只能作为更正登记：请勾选“更正”并说明原因。");
        }
        if (correction && !backwards) {
            throw Refusal.invalid("correction", "project.not_a_correction", "只有退回到之前的阶段才算更正。");
        }
        return backwards;
    }

    /**
     * Moves the project forward (or aside, to 搁置 or 终止): its stage, the date it entered it, the stage it is held
     * in, the first date of a funnel stage (kept when it has one) and the agreement of a signing.
     */
    public static void move(Project p, Move m) {
        if (m.correction() || p.stage != m.from()) {
            throw new IllegalArgumentException("not a forward move from " + p.stage + ": " + m);
        }
        p.heldStage = m.to() == ProjectStage.ON_HOLD ? p.funnelStage() : null;
        p.stage = m.to();
        p.stageSince = m.date();
        switch (m.to()) {
            case NEGOTIATING -> p.negotiatingOn = p.negotiatingOn == null ? m.date() : p.negotiatingOn;
            case SIGNED -> p.signedOn = p.signedOn == null ? m.date() : p.signedOn;
            case REGISTERED -> p.registeredOn = p.registeredOn == null ? m.date() : p.registeredOn;
            case CONSTRUCTION -> p.constructionOn = p.constructionOn == null ? m.date() : p.constructionOn;
            case OPERATING -> p.operatingOn = p.operatingOn == null ? m.date() : p.operatingOn;
            default -> {}
        }
        if (m.to() == ProjectStage.SIGNED && m.agreement() != null) {
            p.agreementType = m.agreement();
        }
    }

    /**
     * Puts the project where a correction left it: in the correction's stage since {@code since}, not held, with the
     * milestones recomputed from the transitions still live (the correction among them).
     */
    public static void corrected(Project p, Move correction, LocalDate since, List<ProjectTransition> live) {
        if (!correction.correction()) {
            throw new IllegalArgumentException("not a correction: " + correction);
        }
        p.stage = correction.to();
        p.stageSince = since;
        p.heldStage = null;
        milestones(p, live);
    }

    /**
     * Puts the project back where its live transitions leave it after one was sent back: the last one's stage, since
     * its date (a correction's: the stage's first live entry), held in the stage it left for 搁置.
     */
    public static void restored(Project p, List<ProjectTransition> live) {
        ProjectTransition last = live.get(live.size() - 1);
        p.stage = last.toStage;
        p.stageSince = !last.correction
                ? last.effectiveDate
                : live.stream()
                        .filter(t -> t.toStage == last.toStage)
                        .map(t -> t.effectiveDate)
                        .min(LocalDate::compareTo)
                        .orElse(last.effectiveDate);
        p.heldStage = last.toStage == ProjectStage.ON_HOLD ? last.fromStage : null;
        milestones(p, live);
    }

    /** First business date of each funnel stage among live transitions; the agreement of the latest signing. */
    static void milestones(Project p, List<ProjectTransition> live) {
        milestoneDates(p, live);
        p.agreementType = live.stream()
                .filter(t -> t.toStage == ProjectStage.SIGNED && t.agreementType != null)
                .reduce((a, b) -> b)
                .map(t -> t.agreementType)
                .orElse(p.signedOn == null ? null : p.agreementType);
    }

    /** First business date of each funnel stage among these transitions (what the figures count). */
    static void milestoneDates(Project p, List<ProjectTransition> transitions) {
        p.negotiatingOn = first(transitions, ProjectStage.NEGOTIATING);
        p.signedOn = first(transitions, ProjectStage.SIGNED);
        p.registeredOn = first(transitions, ProjectStage.REGISTERED);
        p.constructionOn = first(transitions, ProjectStage.CONSTRUCTION);
        p.operatingOn = first(transitions, ProjectStage.OPERATING);
    }

    private static LocalDate first(List<ProjectTransition> live, ProjectStage stage) {
        return live.stream()
                .filter(t -> t.toStage == stage)
                .map(t -> t.effectiveDate)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}
