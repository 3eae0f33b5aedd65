-- Moving a county's CareFlow database from the Camunda 7.24 build to the Operaton 1.0.3 build.
-- Run once, with the Camunda app stopped, before the Operaton app first starts (psql -f, as the
-- database owner). Safe to run again. The engine tables need nothing: Operaton 1.0.3 uses the
-- 7.24 schema as it is. What changes is the name of the engine's administrators group:
-- Camunda's is camunda-admin, Operaton's is operaton-admin (members of that group pass every
-- authorization check and may use Admin). This gives operaton-admin the same members and grants.
-- camunda-admin is left as it was, so the Camunda build can still open the database.

INSERT INTO act_id_group (id_, rev_, name_, type_)
SELECT 'operaton-admin', 1, name_, type_ FROM act_id_group
 WHERE id_ = 'camunda-admin'
   AND NOT EXISTS (SELECT 1 FROM act_id_group WHERE id_ = 'operaton-admin');

INSERT INTO act_id_membership (user_id_, group_id_)
SELECT m.user_id_, 'operaton-admin' FROM act_id_membership m
 WHERE m.group_id_ = 'camunda-admin'
   AND NOT EXISTS (SELECT 1 FROM act_id_membership o WHERE o.user_id_ = m.user_id_ AND o.group_id_ = 'operaton-admin');

INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_, removal_time_, root_proc_inst_id_)
SELECT 'operaton-admin-' || a.id_, 1, a.type_, 'operaton-admin', NULL, a.resource_type_, a.resource_id_, a.perms_, a.removal_time_, a.root_proc_inst_id_
  FROM act_ru_authorization a
 WHERE a.group_id_ = 'camunda-admin'
   AND NOT EXISTS (SELECT 1 FROM act_ru_authorization o
                    WHERE o.group_id_ = 'operaton-admin' AND o.type_ = a.type_
                      AND o.resource_type_ = a.resource_type_ AND o.resource_id_ = a.resource_id_);
