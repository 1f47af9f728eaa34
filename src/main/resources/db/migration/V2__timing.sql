-- Whether an event happened, is planned, or is a deadline or term (Timing): on each mention as read, and on each
-- merged event. Existing rows were all read as done.
alter table mention add column timing varchar(10) default 'DONE' not null;
alter table event add column timing varchar(10) default 'DONE' not null;
