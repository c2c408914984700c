-- Sessions the identity provider ended (OIDC back-channel logout), for every replica (ADR 0029). Keycloak posts the
-- logout token to one replica; that replica writes the session here and every replica reads new rows every two
-- seconds, refusing the session's tokens from then on. A row without sid ends every session of the subject that
-- began before it.
create table ended_session (
    id       bigserial   primary key,
    sid      text,
    sub      text        not null,
    ended_at timestamptz not null default clock_timestamp()
);

create index ended_session_by_time on ended_session (ended_at);
