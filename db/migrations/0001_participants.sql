CREATE TABLE `consent_organisations` (
	`consent_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`consent_id`, `organisation_id`),
	FOREIGN KEY (`consent_id`) REFERENCES `consents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consent_organisations_org_idx` ON `consent_organisations` (`organisation_id`,`consent_id`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`signed_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`withdrawn_on` text,
	`covers_sus` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_participant_idx` ON `consents` (`participant_id`);--> statement-breakpoint
CREATE INDEX `consents_valid_until_idx` ON `consents` (`valid_until`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`on_date` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author_user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_participant_idx` ON `contacts` (`participant_id`,`on_date`);--> statement-breakpoint
CREATE TABLE `participant_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on_date` text NOT NULL,
	`planned_end_on` text,
	`reason` text,
	`closure_reason` text,
	`referral_id` integer,
	`intake_criteria` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participant_events_participant_idx` ON `participant_events` (`participant_id`,`on_date`);--> statement-breakpoint
CREATE TABLE `participant_identities` (
	`participant_id` integer PRIMARY KEY NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`personal_number` text,
	`phone` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participant_identities_personal_number_unique` ON `participant_identities` (`personal_number`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gender` text NOT NULL,
	`birth_year` integer,
	`protected_identity` integer DEFAULT false NOT NULL,
	`preferred_language` text,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`interpreter_language` text,
	`responsible_user_id` integer,
	`referring_organisation_id` integer NOT NULL,
	`status` text DEFAULT 'referred' NOT NULL,
	`referred_on` text NOT NULL,
	`enrolled_on` text,
	`planned_end_on` text,
	`closed_on` text,
	`last_activity_on` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referring_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participants_status_idx` ON `participants` (`status`,`referred_on`);--> statement-breakpoint
CREATE INDEX `participants_referring_org_idx` ON `participants` (`referring_organisation_id`);--> statement-breakpoint
CREATE INDEX `participants_responsible_idx` ON `participants` (`responsible_user_id`);--> statement-breakpoint
CREATE INDEX `participants_last_activity_idx` ON `participants` (`last_activity_on`);--> statement-breakpoint
CREATE INDEX `participants_planned_end_idx` ON `participants` (`planned_end_on`);--> statement-breakpoint
CREATE TABLE `progress_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`on_date` text NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`author_user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `progress_steps_participant_idx` ON `progress_steps` (`participant_id`,`on_date`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
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
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_participant_idx` ON `referrals` (`participant_id`);