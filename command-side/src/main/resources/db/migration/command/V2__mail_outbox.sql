-- Mail waiting for delivery; rows stay after sending as a record of what was sent.
create table mail_outbox (
    id         uuid primary key,
    recipient  varchar(256)  not null,
    subject    varchar(200)  not null,
    body       text          not null,
    created_at timestamptz   not null,
    sent_at    timestamptz
);
create index mail_outbox_pending on mail_outbox (id) where sent_at is null;
