-- Whether each organization is enabled, for authorization; and delivery attempts, so one undeliverable mail
-- does not hold up the others.
alter table organization_lookup add column enabled boolean not null default true;

alter table mail_outbox add column attempts integer not null default 0;
alter table mail_outbox add column last_error varchar(500);
