DROP INDEX `participants_status_closed_idx`;--> statement-breakpoint
ALTER TABLE `participants` ADD `earliest_open_due_on` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `last_discussed_on` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `plan_settled` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `participants` ADD `mapping_complete` integer DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE `participants` SET `earliest_open_due_on` = (SELECT min(a.`due_on`) FROM `actions` a WHERE a.`participant_id` = `participants`.`id` AND a.`status` = 'open'), `last_discussed_on` = (SELECT max(mt.`date`) FROM `agenda_items` ai JOIN `meetings` mt ON mt.`id` = ai.`meeting_id` WHERE ai.`participant_id` = `participants`.`id` AND ai.`status` = 'discussed'), `plan_settled` = coalesce((SELECT max(s.`status` = 'open') FROM `plan_subgoals` s WHERE s.`period_id` = `participants`.`current_period_id`) = 0, 0), `mapping_complete` = coalesce((SELECT m.`filled_count` >= max(t.`field_count`, 1) FROM `mappings` m JOIN `mapping_templates` t ON t.`id` = m.`template_id` WHERE m.`period_id` = `participants`.`current_period_id`), 0);--> statement-breakpoint
CREATE INDEX `participants_review_idx` ON `participants` (`status`,`closed_on`,`referred_on`,`enrolled_on`,`last_activity_on`,`planned_end_on`,`earliest_open_due_on`,`last_discussed_on`,`plan_settled`,`mapping_complete`);--> statement-breakpoint
CREATE TRIGGER `actions_review_facts_insert` AFTER INSERT ON `actions` WHEN NEW.`participant_id` IS NOT NULL BEGIN
  UPDATE `participants` SET `earliest_open_due_on` = (SELECT min(a.`due_on`) FROM `actions` a WHERE a.`participant_id` = `participants`.`id` AND a.`status` = 'open') WHERE `id` = NEW.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `actions_review_facts_delete` AFTER DELETE ON `actions` WHEN OLD.`participant_id` IS NOT NULL BEGIN
  UPDATE `participants` SET `earliest_open_due_on` = (SELECT min(a.`due_on`) FROM `actions` a WHERE a.`participant_id` = `participants`.`id` AND a.`status` = 'open') WHERE `id` = OLD.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `actions_review_facts_update` AFTER UPDATE OF `participant_id`, `status`, `due_on` ON `actions` BEGIN
  UPDATE `participants` SET `earliest_open_due_on` = (SELECT min(a.`due_on`) FROM `actions` a WHERE a.`participant_id` = `participants`.`id` AND a.`status` = 'open') WHERE `id` IN (OLD.`participant_id`, NEW.`participant_id`);
END;--> statement-breakpoint
CREATE TRIGGER `agenda_items_review_facts_insert` AFTER INSERT ON `agenda_items` WHEN NEW.`participant_id` IS NOT NULL AND NEW.`status` = 'discussed' BEGIN
  UPDATE `participants` SET `last_discussed_on` = (SELECT max(mt.`date`) FROM `agenda_items` ai JOIN `meetings` mt ON mt.`id` = ai.`meeting_id` WHERE ai.`participant_id` = `participants`.`id` AND ai.`status` = 'discussed') WHERE `id` = NEW.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `agenda_items_review_facts_delete` AFTER DELETE ON `agenda_items` WHEN OLD.`participant_id` IS NOT NULL AND OLD.`status` = 'discussed' BEGIN
  UPDATE `participants` SET `last_discussed_on` = (SELECT max(mt.`date`) FROM `agenda_items` ai JOIN `meetings` mt ON mt.`id` = ai.`meeting_id` WHERE ai.`participant_id` = `participants`.`id` AND ai.`status` = 'discussed') WHERE `id` = OLD.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `agenda_items_review_facts_update` AFTER UPDATE OF `participant_id`, `status`, `meeting_id` ON `agenda_items` WHEN OLD.`status` = 'discussed' OR NEW.`status` = 'discussed' BEGIN
  UPDATE `participants` SET `last_discussed_on` = (SELECT max(mt.`date`) FROM `agenda_items` ai JOIN `meetings` mt ON mt.`id` = ai.`meeting_id` WHERE ai.`participant_id` = `participants`.`id` AND ai.`status` = 'discussed') WHERE `id` IN (OLD.`participant_id`, NEW.`participant_id`);
END;--> statement-breakpoint
CREATE TRIGGER `meetings_review_facts_update` AFTER UPDATE OF `date` ON `meetings` BEGIN
  UPDATE `participants` SET `last_discussed_on` = (SELECT max(mt.`date`) FROM `agenda_items` ai JOIN `meetings` mt ON mt.`id` = ai.`meeting_id` WHERE ai.`participant_id` = `participants`.`id` AND ai.`status` = 'discussed') WHERE `id` IN (SELECT ai.`participant_id` FROM `agenda_items` ai WHERE ai.`meeting_id` = NEW.`id` AND ai.`status` = 'discussed');
END;--> statement-breakpoint
CREATE TRIGGER `plan_subgoals_review_facts_insert` AFTER INSERT ON `plan_subgoals` BEGIN
  UPDATE `participants` SET `plan_settled` = coalesce((SELECT max(s.`status` = 'open') FROM `plan_subgoals` s WHERE s.`period_id` = `participants`.`current_period_id`) = 0, 0) WHERE `id` = NEW.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `plan_subgoals_review_facts_delete` AFTER DELETE ON `plan_subgoals` BEGIN
  UPDATE `participants` SET `plan_settled` = coalesce((SELECT max(s.`status` = 'open') FROM `plan_subgoals` s WHERE s.`period_id` = `participants`.`current_period_id`) = 0, 0) WHERE `id` = OLD.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `plan_subgoals_review_facts_update` AFTER UPDATE OF `participant_id`, `period_id`, `status` ON `plan_subgoals` BEGIN
  UPDATE `participants` SET `plan_settled` = coalesce((SELECT max(s.`status` = 'open') FROM `plan_subgoals` s WHERE s.`period_id` = `participants`.`current_period_id`) = 0, 0) WHERE `id` IN (OLD.`participant_id`, NEW.`participant_id`);
END;--> statement-breakpoint
CREATE TRIGGER `mappings_review_facts_insert` AFTER INSERT ON `mappings` BEGIN
  UPDATE `participants` SET `mapping_complete` = coalesce((SELECT m.`filled_count` >= max(t.`field_count`, 1) FROM `mappings` m JOIN `mapping_templates` t ON t.`id` = m.`template_id` WHERE m.`period_id` = `participants`.`current_period_id`), 0) WHERE `id` = NEW.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `mappings_review_facts_delete` AFTER DELETE ON `mappings` BEGIN
  UPDATE `participants` SET `mapping_complete` = coalesce((SELECT m.`filled_count` >= max(t.`field_count`, 1) FROM `mappings` m JOIN `mapping_templates` t ON t.`id` = m.`template_id` WHERE m.`period_id` = `participants`.`current_period_id`), 0) WHERE `id` = OLD.`participant_id`;
END;--> statement-breakpoint
CREATE TRIGGER `mappings_review_facts_update` AFTER UPDATE OF `participant_id`, `period_id`, `template_id`, `filled_count` ON `mappings` BEGIN
  UPDATE `participants` SET `mapping_complete` = coalesce((SELECT m.`filled_count` >= max(t.`field_count`, 1) FROM `mappings` m JOIN `mapping_templates` t ON t.`id` = m.`template_id` WHERE m.`period_id` = `participants`.`current_period_id`), 0) WHERE `id` IN (OLD.`participant_id`, NEW.`participant_id`);
END;--> statement-breakpoint
CREATE TRIGGER `mapping_templates_review_facts_update` AFTER UPDATE OF `field_count` ON `mapping_templates` BEGIN
  UPDATE `participants` SET `mapping_complete` = coalesce((SELECT m.`filled_count` >= max(t.`field_count`, 1) FROM `mappings` m JOIN `mapping_templates` t ON t.`id` = m.`template_id` WHERE m.`period_id` = `participants`.`current_period_id`), 0) WHERE `id` IN (SELECT m.`participant_id` FROM `mappings` m WHERE m.`template_id` = NEW.`id`);
END;--> statement-breakpoint
CREATE TRIGGER `participants_review_facts_period` AFTER UPDATE OF `current_period_id` ON `participants` BEGIN
  UPDATE `participants` SET `plan_settled` = coalesce((SELECT max(s.`status` = 'open') FROM `plan_subgoals` s WHERE s.`period_id` = `participants`.`current_period_id`) = 0, 0), `mapping_complete` = coalesce((SELECT m.`filled_count` >= max(t.`field_count`, 1) FROM `mappings` m JOIN `mapping_templates` t ON t.`id` = m.`template_id` WHERE m.`period_id` = `participants`.`current_period_id`), 0) WHERE `id` = NEW.`id`;
END;
