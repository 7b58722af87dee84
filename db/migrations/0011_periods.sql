-- Persons and programme periods. Every existing participant becomes a person with one
-- period (the period gets the participant's id, so period_id = participant_id below). Tables
-- that gain a NOT NULL period_id or new delete rules are rebuilt the drizzle-kit way; the
-- migrator runs this with foreign keys off and checks them before commit.
--> statement-breakpoint
CREATE TABLE `periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`referring_organisation_id` integer NOT NULL,
	`status` text DEFAULT 'referred' NOT NULL,
	`referred_on` text NOT NULL,
	`decided_on` text,
	`enrolled_on` text,
	`planned_end_on` text,
	`closed_on` text,
	`closure_reason` text,
	`income_source_at_start` text,
	`income_source_at_start_on` text,
	`income_source_at_exit` text,
	`occupation_at_exit` text,
	`next_step_arranged` integer,
	`next_step_start_on` text,
	`follow_up_answer` text,
	`follow_up_on` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referring_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periods_participant_seq_unique` ON `periods` (`participant_id`,`seq`);
--> statement-breakpoint
CREATE INDEX `periods_status_idx` ON `periods` (`status`,`referred_on`);
--> statement-breakpoint
CREATE INDEX `periods_closed_idx` ON `periods` (`closed_on`);
--> statement-breakpoint
INSERT INTO `periods` (`id`, `participant_id`, `seq`, `referring_organisation_id`, `status`, `referred_on`, `decided_on`, `enrolled_on`, `planned_end_on`, `closed_on`, `closure_reason`, `created_by`, `created_at`)
SELECT p.`id`, p.`id`, 1, p.`referring_organisation_id`, p.`status`, p.`referred_on`,
  (SELECT e.`on_date` FROM `participant_events` e WHERE e.`participant_id` = p.`id` AND e.`kind` IN ('declined', 'withdrawn') ORDER BY e.`on_date` DESC, e.`id` DESC LIMIT 1),
  p.`enrolled_on`, p.`planned_end_on`, p.`closed_on`,
  (SELECT e.`closure_reason` FROM `participant_events` e WHERE e.`participant_id` = p.`id` AND e.`kind` = 'closed' ORDER BY e.`on_date` DESC, e.`id` DESC LIMIT 1),
  p.`created_by`, p.`created_at`
FROM `participants` p;
--> statement-breakpoint
ALTER TABLE `participants` ADD `current_period_id` integer;
--> statement-breakpoint
UPDATE `participants` SET `current_period_id` = `id`;
--> statement-breakpoint
CREATE TABLE `__new_participant_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on_date` text NOT NULL,
	`planned_end_on` text,
	`reason` text,
	`closure_reason` text,
	`referral_id` integer,
	`intake_criteria` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_participant_events` (`id`, `participant_id`, `period_id`, `kind`, `on_date`, `planned_end_on`, `reason`, `closure_reason`, `referral_id`, `intake_criteria`, `created_by`, `created_at`) SELECT `id`, `participant_id`, `participant_id`, `kind`, `on_date`, `planned_end_on`, `reason`, `closure_reason`, `referral_id`, `intake_criteria`, `created_by`, `created_at` FROM `participant_events`;
--> statement-breakpoint
DROP TABLE `participant_events`;
--> statement-breakpoint
ALTER TABLE `__new_participant_events` RENAME TO `participant_events`;
--> statement-breakpoint
CREATE INDEX `participant_events_participant_idx` ON `participant_events` (`participant_id`,`on_date`);
--> statement-breakpoint
CREATE INDEX `participant_events_period_idx` ON `participant_events` (`period_id`,`on_date`,`id`);
--> statement-breakpoint
CREATE TABLE `__new_referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`caseworker_name` text NOT NULL,
	`caseworker_phone` text,
	`caseworker_email` text,
	`reason` text NOT NULL,
	`certificates` text DEFAULT '[]' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_referrals` (`id`, `participant_id`, `period_id`, `received_on`, `organisation_id`, `caseworker_name`, `caseworker_phone`, `caseworker_email`, `reason`, `certificates`, `created_by`, `created_at`) SELECT `id`, `participant_id`, `participant_id`, `received_on`, `organisation_id`, `caseworker_name`, `caseworker_phone`, `caseworker_email`, `reason`, `certificates`, `created_by`, `created_at` FROM `referrals`;
--> statement-breakpoint
DROP TABLE `referrals`;
--> statement-breakpoint
ALTER TABLE `__new_referrals` RENAME TO `referrals`;
--> statement-breakpoint
CREATE INDEX `referrals_participant_idx` ON `referrals` (`participant_id`);
--> statement-breakpoint
CREATE INDEX `referrals_period_idx` ON `referrals` (`period_id`);
--> statement-breakpoint
-- The filled-count triggers (0010) name mappings: SQLite re-checks them when a table is
-- renamed, so they are dropped around the rebuild and created again as they were.
DROP TRIGGER `mapping_values_filled_insert`;
--> statement-breakpoint
DROP TRIGGER `mapping_values_filled_delete`;
--> statement-breakpoint
DROP TRIGGER `mapping_values_filled_update`;
--> statement-breakpoint
CREATE TABLE `__new_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`filled_count` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_id`) REFERENCES `mapping_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_mappings` (`id`, `participant_id`, `period_id`, `template_id`, `filled_count`, `created_by`, `created_at`) SELECT `id`, `participant_id`, `participant_id`, `template_id`, `filled_count`, `created_by`, `created_at` FROM `mappings`;
--> statement-breakpoint
DROP TABLE `mappings`;
--> statement-breakpoint
ALTER TABLE `__new_mappings` RENAME TO `mappings`;
--> statement-breakpoint
CREATE UNIQUE INDEX `mappings_period_unique` ON `mappings` (`period_id`);
--> statement-breakpoint
CREATE INDEX `mappings_participant_idx` ON `mappings` (`participant_id`);
--> statement-breakpoint
CREATE TRIGGER `mapping_values_filled_insert` AFTER INSERT ON `mapping_values` WHEN NEW.`value` IS NOT NULL BEGIN
  UPDATE `mappings` SET `filled_count` = `filled_count` + 1 WHERE `id` = NEW.`mapping_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `mapping_values_filled_delete` AFTER DELETE ON `mapping_values` WHEN OLD.`value` IS NOT NULL BEGIN
  UPDATE `mappings` SET `filled_count` = `filled_count` - 1 WHERE `id` = OLD.`mapping_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `mapping_values_filled_update` AFTER UPDATE OF `value`, `mapping_id` ON `mapping_values` BEGIN
  UPDATE `mappings` SET `filled_count` = `filled_count` - (OLD.`value` IS NOT NULL) WHERE `id` = OLD.`mapping_id`;
  UPDATE `mappings` SET `filled_count` = `filled_count` + (NEW.`value` IS NOT NULL) WHERE `id` = NEW.`mapping_id`;
END;
--> statement-breakpoint
CREATE TABLE `__new_plans` (
	`period_id` integer PRIMARY KEY NOT NULL,
	`participant_id` integer NOT NULL,
	`goal` text NOT NULL,
	`goal_text` text NOT NULL,
	`updated_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_plans` (`period_id`, `participant_id`, `goal`, `goal_text`, `updated_by`, `created_at`, `updated_at`) SELECT `participant_id`, `participant_id`, `goal`, `goal_text`, `updated_by`, `created_at`, `updated_at` FROM `plans`;
--> statement-breakpoint
DROP TABLE `plans`;
--> statement-breakpoint
ALTER TABLE `__new_plans` RENAME TO `plans`;
--> statement-breakpoint
CREATE TABLE `__new_plan_subgoals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`text` text NOT NULL,
	`target_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_plan_subgoals` (`id`, `participant_id`, `period_id`, `text`, `target_on`, `status`, `created_by`, `created_at`, `updated_at`) SELECT `id`, `participant_id`, `participant_id`, `text`, `target_on`, `status`, `created_by`, `created_at`, `updated_at` FROM `plan_subgoals`;
--> statement-breakpoint
DROP TABLE `plan_subgoals`;
--> statement-breakpoint
ALTER TABLE `__new_plan_subgoals` RENAME TO `plan_subgoals`;
--> statement-breakpoint
CREATE INDEX `plan_subgoals_participant_idx` ON `plan_subgoals` (`participant_id`);
--> statement-breakpoint
CREATE INDEX `plan_subgoals_period_idx` ON `plan_subgoals` (`period_id`);
--> statement-breakpoint
CREATE TABLE `__new_plan_interventions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`type_code` text NOT NULL,
	`provider_organisation_id` integer NOT NULL,
	`responsible_user_id` integer,
	`responsible_name` text,
	`start_on` text NOT NULL,
	`end_on` text,
	`status` text NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`type_code`) REFERENCES `intervention_types`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_plan_interventions` (`id`, `participant_id`, `period_id`, `type_code`, `provider_organisation_id`, `responsible_user_id`, `responsible_name`, `start_on`, `end_on`, `status`, `note`, `created_by`, `created_at`, `updated_at`) SELECT `id`, `participant_id`, `participant_id`, `type_code`, `provider_organisation_id`, `responsible_user_id`, `responsible_name`, `start_on`, `end_on`, `status`, `note`, `created_by`, `created_at`, `updated_at` FROM `plan_interventions`;
--> statement-breakpoint
DROP TABLE `plan_interventions`;
--> statement-breakpoint
ALTER TABLE `__new_plan_interventions` RENAME TO `plan_interventions`;
--> statement-breakpoint
CREATE INDEX `plan_interventions_participant_idx` ON `plan_interventions` (`participant_id`,`start_on`);
--> statement-breakpoint
CREATE INDEX `plan_interventions_period_idx` ON `plan_interventions` (`period_id`,`start_on`);
--> statement-breakpoint
CREATE TABLE `__new_sip_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`attendees` text NOT NULL,
	`life_areas` text NOT NULL,
	`intervention_ids` text NOT NULL,
	`overall_responsible` text NOT NULL,
	`follow_up_on` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_sip_meetings` (`id`, `participant_id`, `period_id`, `held_on`, `attendees`, `life_areas`, `intervention_ids`, `overall_responsible`, `follow_up_on`, `created_by`, `created_at`) SELECT `id`, `participant_id`, `participant_id`, `held_on`, `attendees`, `life_areas`, `intervention_ids`, `overall_responsible`, `follow_up_on`, `created_by`, `created_at` FROM `sip_meetings`;
--> statement-breakpoint
DROP TABLE `sip_meetings`;
--> statement-breakpoint
ALTER TABLE `__new_sip_meetings` RENAME TO `sip_meetings`;
--> statement-breakpoint
CREATE INDEX `sip_meetings_participant_idx` ON `sip_meetings` (`participant_id`,`held_on`);
--> statement-breakpoint
CREATE INDEX `sip_meetings_period_idx` ON `sip_meetings` (`period_id`,`held_on`);
--> statement-breakpoint
CREATE TABLE `__new_plan_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`change` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`on_date` text NOT NULL,
	`status_to` text,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_plan_history` (`id`, `participant_id`, `period_id`, `entity`, `entity_id`, `change`, `before`, `after`, `on_date`, `status_to`, `user_id`, `at`) SELECT `id`, `participant_id`, `participant_id`, `entity`, `entity_id`, `change`, `before`, `after`, substr(`at`, 1, 10), CASE `entity` WHEN 'goal' THEN json_extract(`after`, '$.goal') WHEN 'subgoal' THEN json_extract(`after`, '$.status') WHEN 'intervention' THEN json_extract(`after`, '$.status') END, `user_id`, `at` FROM `plan_history`;
--> statement-breakpoint
DROP TABLE `plan_history`;
--> statement-breakpoint
ALTER TABLE `__new_plan_history` RENAME TO `plan_history`;
--> statement-breakpoint
CREATE INDEX `plan_history_participant_idx` ON `plan_history` (`participant_id`,`id`);
--> statement-breakpoint
CREATE INDEX `plan_history_period_idx` ON `plan_history` (`period_id`,`on_date`);
--> statement-breakpoint
CREATE TABLE `__new_review_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`note` text NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` text NOT NULL,
	`handled_by_item_id` integer,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_review_requests` (`id`, `participant_id`, `note`, `requested_by`, `requested_at`, `handled_by_item_id`) SELECT `id`, `participant_id`, `note`, `requested_by`, `requested_at`, `handled_by_item_id` FROM `review_requests`;
--> statement-breakpoint
DROP TABLE `review_requests`;
--> statement-breakpoint
ALTER TABLE `__new_review_requests` RENAME TO `review_requests`;
--> statement-breakpoint
CREATE INDEX `review_requests_participant_idx` ON `review_requests` (`participant_id`);
--> statement-breakpoint
DROP INDEX `participant_identities_personal_number_unique`;
--> statement-breakpoint
ALTER TABLE `participant_identities` ADD `duplicate_of_id` integer REFERENCES participants(id);
--> statement-breakpoint
CREATE INDEX `participant_identities_duplicate_idx` ON `participant_identities` (`duplicate_of_id`);
--> statement-breakpoint
CREATE UNIQUE INDEX `participant_identities_personal_number_unique` ON `participant_identities` (`personal_number`) WHERE duplicate_of_id IS NULL;
--> statement-breakpoint
