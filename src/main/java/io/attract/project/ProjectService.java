package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.NamedRecords;
import io.attract.common.persistence.PageView;
import io.attract.common.text.Blank;
import io.attract.common.time.BusinessDates;
import io.attract.enterprise.Enterprise;
import io.attract.industry.Industry;
import io.attract.space.Park;
import io.attract.space.Site;
import io.attract.space.Zone;
import io.attract.unit.Unit;
import io.attract.user.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongBiFunction;

/** Projects: the list and board everyone reads, and the fields the responsible unit edits. */
@ApplicationScoped
@Transactional
public class ProjectService {

    static final int COUNT_CAP = 1000;
    static final int BOARD_COLUMN_SIZE = 50;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectListQueries rows;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectViews views;

    @Inject
    StallRules stallRules;

    @Inject
    OriginTiers originTiers;

    @Inject
    ProjectStages stages;

    @Inject
    CurrentUser me;

    @Inject
    ProjectLinks links;

    @Inject
    SponsorLeaders sponsors;

    public PageView<ProjectListItem> list(ProjectFilter requested, Sort sort, int page, int size) {
        ProjectFilter filter = access.scoped(requested);
        List<StallRule> rules = stallRules.enabled();
        LocalDate today = BusinessDates.today();
        ProjectListQueries.Page found = rows.page(filter, rules, today, sort, (long) page * size, size, COUNT_CAP);
        return new PageView<>(
                views.listItems(found.rows(), rules, today),
                found.counted() > COUNT_CAP ? null : (long) found.counted(),
                null);
    }

    public record BoardColumn(ProjectStage stage, long total, List<ProjectListItem> items) {}

    public record Board(List<BoardColumn> columns) {}

    /** Three statements: the stall rules, the count per stage, and the columns that have projects, in one. */
    public Board board(ProjectFilter requested) {
        ProjectFilter filter = access.scoped(requested);
        List<StallRule> rules = stallRules.enabled();
        LocalDate today = BusinessDates.today();
        Map<ProjectStage, Long> totals = rows.countByStage(filter, rules, today);
        Map<ProjectStage, List<ProjectListQueries.Row>> found =
                rows.columns(filter, rules, today, totals.keySet(), BOARD_COLUMN_SIZE);
        List<BoardColumn> columns = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            columns.add(new BoardColumn(
                    stage,
                    totals.getOrDefault(stage, 0L),
                    views.listItems(found.getOrDefault(stage, List.of()), rules, today)));
        }
        return new Board(columns);
    }

    /** 我包挂的项目 in figures; each is what the list shows with {@code sponsoredByMe} and the same toggle. */
    public record Sponsored(long projects, long stalled, long pendingConfirmation) {}

    public Sponsored sponsored() {
        List<StallRule> rules = stallRules.enabled();
        LocalDate today = BusinessDates.today();
        ToLongBiFunction<Boolean, Boolean> count = (stalled, pending) -> rows
                .countByStage(
                        access.scoped(
                                ProjectQuery.sponsoredByMe(stalled, pending).filter(me.username())),
                        rules,
                        today)
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .sum();
        return new Sponsored(
                count.applyAsLong(false, false), count.applyAsLong(true, false), count.applyAsLong(false, true));
    }

    public ProjectView get(long id) {
        return view(access.find(id));
    }

    ProjectView view(Project p) {
        return views.detail(
                p,
                StallRules.check(p, stallRules.enabled(), BusinessDates.today()),
                access.canEdit(p),
                access.canConfirm(p));
    }

    public ProjectView create(ProjectRequest request) {
        Unit unit = me.unit().orElseThrow(() -> new ApiException(400, "user.no_unit", "您尚未分配责任单位，不能新增项目。请联系系统管理员。"));
        ProjectStage stage = request.stage() == null ? ProjectStage.LEAD : request.stage();
        if (stage != ProjectStage.LEAD && stage != ProjectStage.NEGOTIATING) {
            throw ApiException.invalid("stage", "project.bad_initial_stage", "新项目只能从“线索”或“在谈”开始；之后的阶段请通过阶段变更登记。");
        }
        LocalDate since = request.effectiveDate() == null ? BusinessDates.today() : request.effectiveDate();
        StageRules.Move first = ProjectStages.first(stage, since);
        Project p = new Project();
        p.unit = unit;
        p.ownerUsername = me.username();
        p.code = request.code() == null || request.code().isBlank()
                ? nextCode(since)
                : request.code().strip();
        apply(request, p, null);
        StageRules.move(p, first);
        ProjectTransition initial = stages.initial(p, first);
        projects.persist(p);
        initial.persist();
        projects.flush();
        return view(p);
    }

    public ProjectView update(long id, String ifMatch, ProjectRequest request) {
        Project p = access.editable(id);
        IfMatch.check(ifMatch, p.version);
        if (request.code() != null && !request.code().isBlank()) {
            p.code = request.code().strip();
        }
        apply(request, p, id);
        projects.flush();
        return view(p);
    }

    private String nextCode(LocalDate since) {
        while (true) {
            long n = ((Number) projects.getEntityManager()
                            .createNativeQuery("select nextval('project_code_seq')")
                            .getSingleResult())
                    .longValue();
            String code = "XM%d-%05d".formatted(since.getYear(), n);
            if (!projects.codeTaken(code, null)) {
                return code;
            }
        }
    }

    /** Copies a request onto a project (never the stage); the origin tier follows the first investor unless set. */
    void apply(ProjectRequest r, Project p, Long self) {
        if (projects.codeTaken(p.code, self)) {
            Project other = projects.find("code", p.code).firstResult();
            throw ApiException.duplicate(
                    "project.duplicate_code", "项目编号“" + p.code + "”已被“" + other.name + "”使用。", "code", other.id);
        }
        p.name = r.name().strip();
        p.pool = r.pool();
        p.keyProject = r.keyProject();
        p.investors.clear();
        p.investors.addAll(investors(r.investorEnterpriseIds()));
        if (r.originTier() != null) {
            p.originTier = r.originTier();
            p.originTierComputed = false;
        } else {
            Enterprise first = p.investors.isEmpty() ? null : p.investors.get(0);
            p.originTier = first == null ? null : originTiers.of(first.regionCode, first.countryCode);
            p.originTierComputed = true;
        }
        p.industry =
                NamedRecords.optional(Industry.class, r.industryId(), "industryId", "industry.not_found", "找不到该产业。");
        p.industryCode = r.industryCode();
        p.zone = NamedRecords.optional(Zone.class, r.zoneId(), "zoneId", "zone.not_found", "找不到该组团。");
        p.park = NamedRecords.optional(Park.class, r.parkId(), "parkId", "park.not_found", "找不到该园区。");
        p.site = NamedRecords.optional(Site.class, r.siteId(), "siteId", "site.not_found", "找不到该载体。");
        p.street = Blank.toNull(r.street());
        p.constructionContent = Blank.toNull(r.constructionContent());
        p.attractionMethod = Blank.toNull(r.attractionMethod());
        p.source = Blank.toNull(r.source());
        p.totalInvestment = r.totalInvestment();
        p.fixedAssetInvestment = r.fixedAssetInvestment();
        p.contractForeignUsd = r.contractForeignUsd();
        if (r.fixedAssetInvestment() != null
                && r.totalInvestment() != null
                && r.fixedAssetInvestment().compareTo(r.totalInvestment()) > 0) {
            throw ApiException.invalid("fixedAssetInvestment", "project.fixed_asset_exceeds_total", "固定资产投资不能大于总投资。");
        }
        if (r.ownerUsername() != null && !r.ownerUsername().isBlank()) {
            p.ownerUsername = r.ownerUsername().strip();
        }
        SponsorLeaders.Sponsor sponsor = sponsors.of(r.sponsorUsername(), r.sponsorLeader(), p.sponsorUsername);
        p.sponsorUsername = sponsor.username();
        p.sponsorLeader = sponsor.name();
        p.plan = Blank.toNull(r.plan());
        applyInvestmentKind(p, r);
        p.leadId = links.requireLead(r.leadId());
        p.tripId = links.requireTrip(r.tripId());
    }

    private static List<Enterprise> investors(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Enterprise> found = new java.util.HashMap<>();
        Enterprise.<Enterprise>list("id in ?1", distinct).forEach(e -> found.put(e.id, e));
        List<Enterprise> ordered = new ArrayList<>();
        for (Long id : distinct) {
            Enterprise e = found.get(id);
            if (e == null) {
                throw ApiException.invalid(
                        "investorEnterpriseIds", "enterprise.not_found", "找不到所选的投资方企业（编号 " + id + "）。");
            }
            if (e.mergedInto != null) {
                throw ApiException.invalid(
                        "investorEnterpriseIds",
                        "enterprise.merged",
                        "“" + e.name + "”已并入“" + e.mergedInto.name + "”，请选择后者。");
            }
            ordered.add(e);
        }
        return ordered;
    }

    /** 三明: a new project counts its total; an upgrade or a capital increase only the increment it adds. */
    private void applyInvestmentKind(Project p, ProjectRequest r) {
        InvestmentKind kind = r.investmentKind() == null ? InvestmentKind.NEW : r.investmentKind();
        if (kind == InvestmentKind.NEW) {
            if (r.incrementInvestment() != null || r.baseProjectId() != null) {
                throw ApiException.invalid(
                        "investmentKind", "project.increment_needs_kind", "新增投资额和原项目只用于技改升级或增资扩股项目，请先选择项目类型。");
            }
        } else {
            if (r.incrementInvestment() == null) {
                throw ApiException.invalid(
                        "incrementInvestment", "project.increment_required", "技改升级或增资扩股项目须填写新增投资额（万元）：统计只计新增部分。");
            }
            if (r.totalInvestment() != null && r.incrementInvestment().compareTo(r.totalInvestment()) > 0) {
                throw ApiException.invalid("incrementInvestment", "project.increment_exceeds_total", "新增投资不能大于总投资。");
            }
            if (r.baseProjectId() != null
                    && (r.baseProjectId().equals(p.id)
                            || projects.findByIdOptional(r.baseProjectId())
                                    .filter(access::canRead)
                                    .isEmpty())) {
                throw ApiException.invalid("baseProjectId", "project.base_not_found", "找不到所依托的原项目。");
            }
        }
        p.investmentKind = kind;
        p.baseProjectId = kind == InvestmentKind.NEW ? null : r.baseProjectId();
        p.incrementInvestment = kind == InvestmentKind.NEW ? null : r.incrementInvestment();
    }
}
