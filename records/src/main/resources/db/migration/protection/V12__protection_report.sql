-- A report's personal data as the case's start received it (who reported, their phone, what they
-- saw), held here instead of in the engine's variables, until the case record takes it over
-- (ProtectionRecords.openCase moves it into protection_case and deletes the row).
create table protection_report (
  process_instance_id  varchar(64)    primary key,
  reporter_name        varchar(100),
  reporter_phone       varchar(30),
  situation            varchar(4000),
  received_at          timestamp      not null default current_timestamp
);
