-- A copy of Axon's event table (platform's V1__axon_tables.sql) in a scratch database, for PostgreSQL's own
-- single-row insert ceiling on this machine.
drop table if exists domain_event_entry;
drop sequence if exists domain_event_entry_seq;
create sequence domain_event_entry_seq start with 1 increment by 1;
create table domain_event_entry (
    global_index         bigint       not null primary key,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    unique (aggregate_identifier, sequence_number)
);
