-- The first answer to each write sent with an Idempotency-Key, per caller, so that a retry is answered the same
-- and applied once. A row without a status belongs to a request still running. Kept 24 hours.
create table idempotency_key (
    actor_id     uuid         not null,
    key          varchar(255) not null,
    request_hash bytea        not null,
    status       integer,
    headers      text,
    body         bytea,
    created_at   timestamptz  not null default now(),
    primary key (actor_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
