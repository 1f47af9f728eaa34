-- Partial dates are stored as text: '2019', '2023-11', '2023-11-17', with '/EARLY|MID|LATE' for 초/중순/말.

-- Articles as loaded from the articles folder. The id is the file name without its extension.
create table article (
    id                  varchar(255)  not null primary key,
    file_name           varchar(1000) not null,
    content_hash        varchar(64)   not null,
    title               varchar(1000),
    outlet              varchar(1000),
    url                 varchar(2000),
    published           varchar(20),
    published_origin    varchar(20)   not null,
    charset             varchar(40)   not null,
    warning             varchar(2000),
    loaded_at           timestamp with time zone not null
);
create index article_hash_idx on article (content_hash);

-- Every sentence of an article in reading order, clutter included (shown dimmed on the article page).
create table article_sentence (
    article_id varchar(255) not null references article (id) on delete cascade,
    idx        integer      not null,
    kind       varchar(20)  not null,
    text       varchar(20000) not null,
    primary key (article_id, idx)
);

-- Date expressions found in a sentence, with what they resolved to.
create table sentence_date (
    article_id   varchar(255) not null,
    sentence_idx integer      not null,
    pos          integer      not null,
    start_offset integer      not null,
    end_offset   integer      not null,
    text         varchar(500) not null,
    resolved     varchar(20),
    derivation   varchar(1000),
    primary key (article_id, sentence_idx, pos),
    foreign key (article_id, sentence_idx) references article_sentence (article_id, idx) on delete cascade
);

-- One event as read in one sentence (or clause) of one article: the input of merging. When its article changes or
-- goes, a mention is only marked retired; the next rebuild drops it in the same transaction that swaps the events,
-- so readers never see a half-applied change.
-- Ids come from a sequence handed out fifty at a time, so inserts can be sent in batches.
create sequence mention_seq start with 1 increment by 50;
create table mention (
    id              bigint        not null primary key,
    article_id      varchar(255)  not null,
    retired         boolean       not null default false,
    ordinal         integer       not null,
    sentence_idx    integer       not null,
    sentence        varchar(20000) not null,
    clause          varchar(20000) not null,
    event_type      varchar(20)   not null,
    actors          varchar(2000) not null,
    event_date      varchar(20),
    date_text       varchar(500),
    derivation      varchar(1000),
    amount_value    numeric(38, 4),
    amount_upper    numeric(38, 4),
    amount_currency varchar(10),
    amount_usd      numeric(38, 2),
    amount_text     varchar(500),
    headline        varchar(1000) not null,
    article_title   varchar(1000),
    outlet          varchar(1000),
    published_on    varchar(20)
);
create index mention_article_idx on mention (article_id, retired);

-- Merged events, rebuilt from all mentions after each load in one transaction.
create sequence event_seq start with 1 increment by 50;
create table event (
    id              bigint        not null primary key,
    slug            varchar(255)  not null unique,
    event_type      varchar(20)   not null,
    event_date      varchar(20),
    date_precision  varchar(8)    not null,
    first_day       date,
    last_day        date,
    sort_order      integer       not null,
    headline        varchar(1000) not null,
    amount_value    numeric(38, 4),
    amount_upper    numeric(38, 4),
    amount_currency varchar(10),
    amount_usd      numeric(38, 2),
    amount_text     varchar(500),
    article_count   integer       not null
);
create index event_type_idx on event (event_type);
create index event_days_idx on event (first_day, last_day);
create index event_order_idx on event (sort_order);

create table event_actor (
    event_id bigint       not null references event (id) on delete cascade,
    pos      integer      not null,
    actor_id varchar(100) not null,
    primary key (event_id, pos)
);
create index event_actor_actor_idx on event_actor (actor_id, event_id);

create table event_relationship (
    event_id        bigint       not null references event (id) on delete cascade,
    pos             integer      not null,
    relationship_id varchar(100) not null,
    primary key (event_id, pos)
);
create index event_relationship_rel_idx on event_relationship (relationship_id, event_id);

create table event_source (
    event_id   bigint  not null references event (id) on delete cascade,
    pos        integer not null,
    mention_id bigint  not null references mention (id) on delete cascade,
    primary key (event_id, pos)
);
create index event_source_mention_idx on event_source (mention_id);

create table event_conflict (
    event_id    bigint        not null references event (id) on delete cascade,
    pos         integer       not null,
    description varchar(2000) not null,
    primary key (event_id, pos)
);

-- One row: whether mentions changed since the last rebuild. Set in the same transaction as an article's mentions,
-- cleared in the rebuild's, so a crash between the two is repaired at the next start and an unchanged corpus is
-- not merged again.
create table timeline_state (
    id            integer not null primary key,
    needs_rebuild boolean not null
);
insert into timeline_state (id, needs_rebuild) values (1, false);
