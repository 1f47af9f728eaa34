-- A name presented the way news introduce someone who matters (a full name with its title, as the subject or object
-- of its sentence) is an actor even when named once outside an event. Articles stored before keep false until
-- they change.
alter table actor_candidate add column presented boolean default false not null;
