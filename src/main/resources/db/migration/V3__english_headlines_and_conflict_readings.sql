-- Headlines in English beside the Korean ones, on each mention as read and on each merged event. Mentions read
-- before have none: forgetting the stored hashes makes the next load read every article again.
alter table mention add column headline_en varchar(1000);
alter table event add column headline_en varchar(1000);
update article set content_hash = 'read again for English headlines';

-- A disagreement between sources is stored as values, one row per reading, so pages can say it in either language:
-- which value (DATE or AMOUNT), what this side reads, how its first article wrote it, and which articles say so.
-- The rows of one conflict follow each other; more_readings (the same on each of them) counts the readings left out.
drop table event_conflict;
create table event_conflict_reading (
    event_id        bigint        not null references event (id) on delete cascade,
    pos             integer       not null,
    kind            varchar(10)   not null,
    reading_date    varchar(20),
    amount_value    numeric(38, 4),
    amount_upper    numeric(38, 4),
    amount_currency varchar(10),
    amount_usd      numeric(38, 2),
    amount_text     varchar(500),
    quote           varchar(500),
    article_ids     varchar(2000) not null,
    more_articles   integer       not null,
    more_readings   integer       not null,
    primary key (event_id, pos)
);
update timeline_state set needs_rebuild = true;
