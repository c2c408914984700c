package io.attract.project;

import io.attract.common.error.ApiException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;

/** The project filters as the API takes them, read once for the list, the board and the export. */
public class ProjectQuery {

    @QueryParam("q")
    public String q;

    @QueryParam("stage")
    public List<ProjectStage> stage;

    @QueryParam("pool")
    public ProjectPool pool;

    @QueryParam("unitId")
    public Long unitId;

    @QueryParam("industryId")
    public Long industryId;

    @QueryParam("zoneId")
    public Long zoneId;

    @QueryParam("keyProject")
    public Boolean keyProject;

    @QueryParam("stalled")
    public boolean stalled;

    @QueryParam("newStage")
    public ProjectFilter.NewStage newStage;

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("withFunds")
    public boolean withFunds;

    @QueryParam("pendingConfirmation")
    public boolean pendingConfirmation;

    /** 我包挂的项目: the caller's. */
    @QueryParam("sponsoredByMe")
    public boolean sponsoredByMe;

    /** What the list asks for with {@code sponsoredByMe}, and {@code stalled} and {@code pendingConfirmation} as given. */
    static ProjectQuery sponsoredByMe(boolean stalled, boolean pendingConfirmation) {
        ProjectQuery query = new ProjectQuery();
        query.sponsoredByMe = true;
        query.stalled = stalled;
        query.pendingConfirmation = pendingConfirmation;
        return query;
    }

    /** The filter, {@code me} the caller's login; a period is required with {@code newStage} or {@code withFunds}. */
    public ProjectFilter filter(String me) {
        if ((newStage != null || withFunds) && (from == null || to == null || from.isAfter(to))) {
            throw ApiException.invalid("from", "project.period_required", "按新增阶段或到位资金筛选时，须给出起止日期（from ≤ to）。");
        }
        return new ProjectFilter(
                q,
                stage,
                pool,
                unitId,
                industryId,
                zoneId,
                keyProject,
                stalled,
                newStage,
                from,
                to,
                withFunds,
                pendingConfirmation,
                sponsoredByMe ? me : null);
    }
}
