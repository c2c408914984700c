package io.attract.project;

import java.util.List;

public record ProjectFilter(String q, List<ProjectStage> stages, ProjectPool pool, Long unitId, Long industryId,
        Long zoneId, Boolean keyProject, boolean stalled) {
}
