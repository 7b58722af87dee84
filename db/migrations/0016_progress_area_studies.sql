-- Progress in studies (a course passed, a grade, a study visit) is its own area. Added at the end
-- of the list for teams that do not have the code yet; an admin's own entry is left alone.
INSERT INTO `code_list_entries` (`list`, `code`, `label_sv`, `label_en`, `sort_order`, `active`, `outcome`)
SELECT 'progress_areas', 'studies', 'Studier', 'Studies',
  coalesce((SELECT max(`sort_order`) FROM `code_list_entries` WHERE `list` = 'progress_areas'), 0) + 1, 1, NULL
WHERE NOT EXISTS (SELECT 1 FROM `code_list_entries` WHERE `list` = 'progress_areas' AND `code` = 'studies');
