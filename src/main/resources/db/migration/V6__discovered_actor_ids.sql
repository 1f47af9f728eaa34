-- Every id once given to a discovered actor, with its spellings (one a line): the id keeps answering, by redirect,
-- when the actor is later listed in data/actors.yml or discovery settles on another name for it.
create table discovered_actor_id (
    id        varchar(100)  not null primary key,
    spellings varchar(4000) not null
);
