CREATE TABLE `activity_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`change` text NOT NULL,
	`on_date` text NOT NULL,
	`code` text NOT NULL,
	`text` text NOT NULL,
	`author_user_id` integer NOT NULL,
	`changed_by` integer NOT NULL,
	`changed_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_history_participant_idx` ON `activity_history` (`participant_id`,`changed_at`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `edited_at` text;--> statement-breakpoint
ALTER TABLE `progress_steps` ADD `edited_at` text;