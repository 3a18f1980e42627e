-- An HR admin acts on a unit subtree: the unit named here and every unit below it; null is the whole organisation.
alter table employee add column admin_unit_id bigint references unit (id);
