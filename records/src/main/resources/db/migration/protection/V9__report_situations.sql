-- A report's situation flags in one column, named as the contract names them (Decisions.REPORT_SITUATIONS),
-- so that a new flag needs no column of its own. The six earlier columns are carried over, then dropped.
alter table protection_case add column situations varchar(500) default '' not null;

update protection_case set situations = concat_ws(',',
  case when child_living_alone then 'childLivingAlone' end,
  case when child_missing then 'childMissing' end,
  case when guardian_incapacitated then 'guardianIncapacitated' end,
  case when guardian_neglect then 'guardianNeglect' end,
  case when domestic_violence then 'domesticViolence' end,
  case when severe then 'severe' end);

alter table protection_case drop column child_living_alone;
alter table protection_case drop column child_missing;
alter table protection_case drop column guardian_incapacitated;
alter table protection_case drop column guardian_neglect;
alter table protection_case drop column domestic_violence;
alter table protection_case drop column severe;
