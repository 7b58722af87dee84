-- The default list of intervention types (domain.md, the shared plan). Stable codes; the
-- admin can relabel, reorder or deactivate them, never change a code.
INSERT INTO `intervention_types` (`code`, `label_sv`, `label_en`, `active`, `sort_order`) VALUES
  ('sfi', 'SFI', 'Swedish for immigrants (SFI)', 1, 1),
  ('work_training', 'Arbetsträning', 'Work training', 1, 2),
  ('internship', 'Praktik', 'Internship', 1, 3),
  ('health_conversation', 'Hälsosamtal', 'Health conversation', 1, 4),
  ('psychoeducation', 'Psykoedukation', 'Psychoeducation', 1, 5),
  ('supported_employment', 'Stöd i arbete (SIUS, IPS)', 'Supported employment (SIUS, IPS)', 1, 6),
  ('debt_counselling', 'Budget- och skuldrådgivning', 'Debt counselling', 1, 7),
  ('housing_advice', 'Boenderådgivning', 'Housing advice', 1, 8),
  ('group_activity', 'Gruppverksamhet', 'Group activity', 1, 9),
  ('work_ability_investigation', 'Utredning av arbetsförmåga', 'Investigation of work ability', 1, 10),
  ('studies', 'Studier / vuxenutbildning', 'Studies / adult education', 1, 11),
  ('other', 'Annan insats', 'Other intervention', 1, 12);
