package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 工作台账: progress, problems, coordination requests (open until solved) and next steps. */
@ApplicationScoped
@Transactional
public class ProjectWorklog {

    @Inject
    ProjectAccess access;

    @Inject
    ProjectRepository projects;

    @Inject
    CurrentUser me;

    @Inject
    Event<CoordinationRequested> escalated;

    public List<WorklogView> list(long projectId) {
        access.find(projectId);
        return WorklogEntry.<WorklogEntry>list("project.id = ?1 order by loggedOn desc, id desc", projectId).stream()
                .map(WorklogView::of)
                .toList();
    }

    public WorklogView find(long projectId, long entryId) {
        access.find(projectId);
        return WorklogView.of(ProjectAccess.recordOrNotFound(
                WorklogEntry.find(ProjectAccess.RECORD_OF_PROJECT, entryId, projectId),
                "worklog.not_found",
                "找不到该条工作台账。"));
    }

    public WorklogView add(long projectId, WorklogRequest r) {
        Project p = access.editable(projectId);
        if (r.loggedOn().isAfter(BusinessDates.today())) {
            throw ApiException.invalid("loggedOn", "worklog.date_in_future", "台账日期不能晚于今天。");
        }
        WorklogEntry e = new WorklogEntry();
        e.project = p;
        e.loggedOn = r.loggedOn();
        e.kind = r.kind();
        e.content = r.content().strip();
        e.recordedAt = Instant.now();
        e.recordedBy = access.username();
        e.persistAndFlush();
        projects.touchWorklog(projectId, r.loggedOn());
        if (e.kind == WorklogKind.COORDINATION) {
            escalated.fire(new CoordinationRequested(
                    e.id, p.id, p.code, p.name, p.unit.id, p.sponsorUsername, p.sponsorLeader, e.content));
        }
        return WorklogView.of(e);
    }

    /** Closes a coordination request: the sponsor leader (any leader) or the responsible unit. */
    public WorklogView resolve(long projectId, long entryId, String resolution) {
        Project p = access.find(projectId);
        if (!me.hasRole(Roles.LEADER) && !access.canEdit(p)) {
            throw new ApiException(403, "worklog.cannot_resolve", "只有包挂领导或责任单位可以办结协调事项。");
        }
        WorklogEntry e = ProjectAccess.recordOrNotFound(
                WorklogEntry.find(ProjectAccess.RECORD_OF_PROJECT, entryId, projectId),
                "worklog.not_found",
                "找不到该条台账。");
        if (e.kind != WorklogKind.COORDINATION) {
            throw ApiException.conflict("worklog.not_coordination", "只有“需协调事项”需要办结。");
        }
        if (e.resolvedAt != null) {
            throw ApiException.conflict("worklog.already_resolved", "该协调事项已由" + e.resolvedBy + "办结。");
        }
        e.resolvedAt = Instant.now();
        e.resolvedBy = access.username();
        e.resolution = resolution.strip();
        return WorklogView.of(e);
    }

    public record OpenRequest(
            WorklogView entry,
            long projectId,
            String projectCode,
            String projectName,
            @Schema(nullable = true) String sponsorLeader,
            String unitName) {}

    /**
     * Which open coordination requests: those of one unit's projects ({@code unitId} null: every unit the caller may
     * read) and of the projects one leader sponsors ({@code sponsorUsername} null: whoever sponsors them).
     */
    public record OpenRequests(Long unitId, String sponsorUsername) {

        public static OpenRequests ofUnit(Long unitId) {
            return new OpenRequests(unitId, null);
        }

        public static OpenRequests sponsoredBy(String username) {
            return new OpenRequests(null, username);
        }
    }

    private static final String OPEN_REQUESTS = """
            from WorklogEntry e join fetch e.project p join fetch p.unit
            where e.kind = ?1 and e.resolvedAt is null and (?2 is null or p.unit.id = ?2)
              and (?3 is null or p.unit.id = ?3) and (?4 is null or p.sponsorUsername = ?4)
            order by e.loggedOn, e.id""";

    /** Open coordination requests across projects, oldest first (what the leaders' view escalates); the first 500. */
    public List<OpenRequest> openCoordination(OpenRequests which) {
        return openCoordination(which, 0, 500);
    }

    /** Page {@code page} of them, {@code size} a page (the export reads them all this way). */
    public List<OpenRequest> openCoordination(OpenRequests which, int page, int size) {
        List<WorklogEntry> open = WorklogEntry.<WorklogEntry>find(
                        OPEN_REQUESTS,
                        WorklogKind.COORDINATION,
                        access.readableUnitId(),
                        which.unitId(),
                        which.sponsorUsername())
                .page(page, size)
                .list();
        return open.stream()
                .map(e -> new OpenRequest(
                        WorklogView.of(e),
                        e.project.id,
                        e.project.code,
                        e.project.name,
                        e.project.sponsorLeader,
                        e.project.unit.name))
                .toList();
    }
}
