-- Search at 1,000,000 customers (issue 3 benchmark, docs/benchmarks.md). PostgreSQL only; H2 scans.

-- Owner names are matched by prefix (王建华%): a btree with pattern ops answers LIKE 'x%' whatever the
-- database collation (C.UTF-8 is not "C" to the planner), where the trigram index of V4_1 needs three
-- characters and costs more.
CREATE INDEX customer_owner_name_prefix ON customer (owner_name varchar_pattern_ops);

-- Address fragments are shown in address order. One that matches thousands of households ("12号楼2单元")
-- is answered fastest by reading this index in order and stopping at the page size; a rare one
-- ("绿城丽景6号楼") by the trigram index and a small sort. The planner picks by the estimated number of
-- matches, and with the default 100 histogram buckets it guessed 10,000 for 208 clustered rows and read
-- 880,000 index entries (280 ms); 10,000 buckets estimate LIKE '%…%' from a real sample of addresses.
CREATE INDEX customer_address_order ON customer (address, id);
ALTER TABLE customer ALTER COLUMN address SET STATISTICS 10000;
