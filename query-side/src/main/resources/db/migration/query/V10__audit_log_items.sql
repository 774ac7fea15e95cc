-- projection "audit-log": the item an entry is about, for the log of one item (E-04). Entries written before hold
-- none until the projection is rebuilt (POST /admin/projections/audit-log/rebuild).
alter table audit_entry add column item_id uuid;
create index audit_entry_item on audit_entry (item_id, occurred_at desc, position desc);
