package io.attract.enterprise;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The enterprise list's filters as the API takes them, read once for the list and the export. */
public class EnterpriseQuery {

    @QueryParam("q")
    public String q;

    @QueryParam("tag")
    public List<EnterpriseTagCode> tags;

    @QueryParam("industryId")
    public Long industryId;

    @QueryParam("regionCode")
    public String regionCode;

    @QueryParam("status")
    public EnterpriseStatus status;

    @QueryParam("ownerUnitId")
    public Long ownerUnitId;

    public EnterpriseFilter filter() {
        return new EnterpriseFilter(q, tags, industryId, regionCode, status, ownerUnitId);
    }
}
