-- The national administrative-division code of a region (county 6 digits, township 9, village 12),
-- next to the short key that group ids are made of (director-lianhua). Set by the region import.
alter table region add column division_code varchar(12);
create unique index region_division_code on region (division_code);
