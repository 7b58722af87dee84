CREATE TABLE `mapping_conversations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mapping_id` integer NOT NULL,
	`number` integer NOT NULL,
	`held_on` text NOT NULL,
	`attendees` text NOT NULL,
	`summary` text NOT NULL,
	`author_user_id` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mapping_id`) REFERENCES `mappings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mapping_conversations_number_unique` ON `mapping_conversations` (`mapping_id`,`number`);--> statement-breakpoint
CREATE TABLE `mapping_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`definition` text NOT NULL,
	`field_count` integer NOT NULL,
	`current` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mapping_templates_key_version_unique` ON `mapping_templates` (`key`,`version`);--> statement-breakpoint
CREATE TABLE `mapping_value_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mapping_id` integer NOT NULL,
	`field_key` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`revision` integer NOT NULL,
	`author_user_id` integer NOT NULL,
	`author_organisation_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`mapping_id`) REFERENCES `mappings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mapping_value_history_field_idx` ON `mapping_value_history` (`mapping_id`,`field_key`,`id`);--> statement-breakpoint
CREATE TABLE `mapping_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mapping_id` integer NOT NULL,
	`field_key` text NOT NULL,
	`value` text,
	`revision` integer NOT NULL,
	`author_user_id` integer NOT NULL,
	`author_organisation_id` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mapping_id`) REFERENCES `mappings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mapping_values_field_unique` ON `mapping_values` (`mapping_id`,`field_key`);--> statement-breakpoint
CREATE TABLE `mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_id`) REFERENCES `mapping_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mappings_participant_unique` ON `mappings` (`participant_id`);--> statement-breakpoint
CREATE TABLE `intervention_types` (
	`code` text PRIMARY KEY NOT NULL,
	`label_sv` text NOT NULL,
	`label_en` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plan_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`change` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_history_participant_idx` ON `plan_history` (`participant_id`,`id`);--> statement-breakpoint
CREATE TABLE `plan_interventions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
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
	FOREIGN KEY (`type_code`) REFERENCES `intervention_types`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_interventions_participant_idx` ON `plan_interventions` (`participant_id`,`start_on`);--> statement-breakpoint
CREATE TABLE `plan_subgoals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`text` text NOT NULL,
	`target_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_subgoals_participant_idx` ON `plan_subgoals` (`participant_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`participant_id` integer PRIMARY KEY NOT NULL,
	`goal` text NOT NULL,
	`goal_text` text NOT NULL,
	`updated_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sip_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`attendees` text NOT NULL,
	`life_areas` text NOT NULL,
	`intervention_ids` text NOT NULL,
	`overall_responsible` text NOT NULL,
	`follow_up_on` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sip_meetings_participant_idx` ON `sip_meetings` (`participant_id`,`held_on`);