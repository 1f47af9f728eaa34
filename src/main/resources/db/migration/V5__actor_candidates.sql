-- Names that data/actors.yml does not list, as met in one sentence of an article: what actor discovery decides from,
-- over all articles at once. Written with the article's sentences, deleted with them.
create table actor_candidate (
    article_id   varchar(255)  not null,
    sentence_idx integer       not null,
    pos          integer       not null,
    name         varchar(200)  not null,
    kind         varchar(20),
    role         varchar(100),
    gloss        varchar(20),
    party        boolean       not null,
    primary key (article_id, sentence_idx, pos),
    foreign key (article_id, sentence_idx) references article_sentence (article_id, idx) on delete cascade
);
