-- Firm search by one or two Chinese characters (issue #19). The trigram index on search_text cannot serve a
-- pattern shorter than three characters, so such a search read every firm. This index holds, per firm, each
-- non-ASCII character of its search text and each pair of adjacent non-ASCII characters (pg_bigm's idea, without
-- the extension, which is not packaged for this PostgreSQL). A query of one or two such characters is among a
-- firm's grams exactly when its search text contains it, so the same firms match as with the LIKE
-- (EnterpriseRepository).
create function enterprise_search_grams(search_text text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select substr(search_text, i, 1) as g
          from generate_series(1, length(search_text)) i
          where ascii(substr(search_text, i, 1)) > 127
          union all
          select substr(search_text, i, 2)
          from generate_series(1, length(search_text) - 1) i
          where ascii(substr(search_text, i, 1)) > 127 and ascii(substr(search_text, i + 1, 1)) > 127) grams
$$;

create index enterprise_search_grams_idx on enterprise using gin (enterprise_search_grams(search_text));

-- The list's default order (newest first, ties by id as SortParam breaks them): a broad search walks this index
-- and stops at the page's end instead of sorting every match.
create index enterprise_created_idx on enterprise (created_at desc, id);
