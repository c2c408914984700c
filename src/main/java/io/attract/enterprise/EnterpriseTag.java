package io.attract.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class EnterpriseTag {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnterpriseTagCode tag;

    /** The year of the list the firm is on (e.g. 2024 专精特新), when known. */
    @Column(name = "list_year")
    public Integer listYear;

    public EnterpriseTag() {}

    public EnterpriseTag(EnterpriseTagCode tag, Integer listYear) {
        this.tag = tag;
        this.listYear = listYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnterpriseTag other
                && other.tag == tag
                && java.util.Objects.equals(other.listYear, listYear);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(tag, listYear);
    }

    @Override
    public String toString() {
        return listYear == null ? tag.name() : tag.name() + "@" + listYear;
    }
}
