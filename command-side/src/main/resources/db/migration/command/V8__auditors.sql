-- Users an operator made auditors; their access tokens carry the AUDITOR role.
alter table identity_user add column auditor boolean not null default false;
