package io.attract.project;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<Project> {

    /** API sort keys and the properties they sort by; anything else is refused by the resource. */
    public static final Map<String, String> SORTS = Map.of(
            "updatedAt",
            "updatedAt",
            "name",
            "name",
            "code",
            "code",
            "totalInvestment",
            "totalInvestment",
            "stageSince",
            "stageSince");

    public boolean codeTaken(String code, Long self) {
        return count("code = ?1 and (?2 is null or id <> ?2)", code, self) > 0;
    }

    /** Keeps {@code lastWorklogOn} without touching the project's version (logging is not an edit). */
    public void touchWorklog(long projectId, LocalDate loggedOn) {
        getEntityManager()
                .createQuery("""
                update Project p set p.lastWorklogOn = :on
                where p.id = :id and (p.lastWorklogOn is null or p.lastWorklogOn < :on)""")
                .setParameter("on", loggedOn)
                .setParameter("id", projectId)
                .executeUpdate();
    }
}
