-- The dashboard finds a county's placements through their child (child -> village -> township);
-- protection cases have protection_case_child for the same join, placements had no index on it.
create index foster_placement_child on foster_placement (child_id);
