ALTER TABLE `meetings` ADD `cancel_reason` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `cancelled_at` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `cancelled_by` integer REFERENCES users(id);