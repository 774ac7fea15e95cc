-- projection "vault-access": the id a directory gave a collection (CollectionCreated revision 2).
alter table vault_collection add column external_id varchar(300);
