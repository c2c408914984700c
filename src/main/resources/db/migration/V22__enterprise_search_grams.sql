-- Firm search by one or two Chinese characters (issue #19). The trigram index on search_text cannot serve a
-- pattern shorter than three characters, so such a search read every firm. This index holds, per firm, each
-- non-ASCII character of its search text and each pair of adjacent non-ASCII characters (pg_bigm's idea, without
-- the extension, which is not packaged for this PostgreSQL). A query of one or two such characters is among a
-- firm's grams exactly when its search text contains it, so the same firms match as with the LIKE
-- (EnterpriseRepository).
--
-- One pass over the characters (an earlier set-based version cost 0.3 ms a firm: 30 s more for an import of
-- 100,000). Duplicates are left in: the index keeps each gram once per firm.
create function enterprise_search_grams(search_text text) returns text[]
    language plpgsql immutable strict parallel safe
as $$
declare
    grams text[] := '{}';
    previous text;
    c text;
begin
    foreach c in array string_to_array(search_text, null) loop
        if ascii(c) > 127 then
            grams := grams || c;
            if previous is not null then
                grams := grams || (previous || c);
            end if;
            previous := c;
        else
            previous := null;
        end if;
    end loop;
    return grams;
end
$$;

create index enterprise_search_grams_idx on enterprise using gin (enterprise_search_grams(search_text));

-- The list's default order (newest first, ties by id as SortParam breaks them): a broad search walks this index
-- and stops at the page's end instead of sorting every match.
create index enterprise_created_idx on enterprise (created_at desc, id);
