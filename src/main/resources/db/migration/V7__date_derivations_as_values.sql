-- How a date was worked out is stored as a value, not as a Korean sentence: a JSON array of its rule, its arguments
-- and, last and nested, the derivation it builds on (["resolved.publication","지난달","2025-06","2025-07"]), so pages
-- word it in either language. A sentence written before is kept, as rule "stored", until its article is read again;
-- forgetting the stored hashes makes the next load read every article again. Nested values need more room.
alter table sentence_date alter column derivation set data type varchar(4000);
alter table mention alter column derivation set data type varchar(4000);
update sentence_date set derivation = '["stored","' || replace(replace(derivation, '\', '\\'), '"', '\"') || '"]'
    where derivation is not null;
update mention set derivation = '["stored","' || replace(replace(derivation, '\', '\\'), '"', '\"') || '"]'
    where derivation is not null;
update article set content_hash = 'read again for date derivations as values';
