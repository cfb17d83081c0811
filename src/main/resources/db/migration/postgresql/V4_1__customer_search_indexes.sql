-- Fragment search over 1,000,000 customers (issue 3 benchmark): trigram indexes for address and name
-- fragments ("12号楼2单元"), and a prefix index for account numbers. PostgreSQL only; H2 scans.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customer_address_trgm ON customer USING gin (address gin_trgm_ops);
CREATE INDEX customer_owner_name_trgm ON customer USING gin (owner_name gin_trgm_ops);
CREATE INDEX customer_account_prefix ON customer (account_number varchar_pattern_ops);
