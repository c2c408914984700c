-- Attachments (issue #22, ADR 0033): evidence kept with a record — agreements and approvals of a project, bank slips
-- and invoices of a funds entry, photos of a visit, papers of a firm or a lead. The bytes live in the attachment store
-- (the file system, or S3-compatible object storage in production) under storage_key; this row says whose they are.
-- Who may read an attachment is who may read its owner: the owner is resolved on every read, so a project that moves
-- to another unit takes its attachments with it.
create table attachment (
    id            bigint primary key,
    version       bigint      not null default 0,
    owner_type    text        not null check (owner_type in ('PROJECT', 'FUND', 'VISIT', 'ENTERPRISE', 'LEAD')),
    owner_id      bigint      not null,
    file_name     text        not null check (length(file_name) between 1 and 200),
    media_type    text        not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    sha256        text        not null check (length(sha256) = 64),
    storage_key   text        not null unique,
    thumbnail_key text,
    kept_location boolean     not null default false,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null
);

create index attachment_owner on attachment (owner_type, owner_id, uploaded_at);
