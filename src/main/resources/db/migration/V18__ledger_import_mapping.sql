-- The column mapping a user confirmed for a ledger of a given header shape (the folded headers, hashed), so that
-- next month's file of the same shape is read the same way without asking again.
create table ledger_import_mapping (
    shape      varchar(64) primary key,
    mapping    jsonb        not null,
    updated_by varchar(100) not null,
    updated_at timestamptz  not null
);
