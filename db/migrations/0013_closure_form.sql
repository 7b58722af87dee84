ALTER TABLE `periods` ADD `next_step_what` text;--> statement-breakpoint
ALTER TABLE `periods` ADD `next_step_organisation_id` integer REFERENCES organisations(id);--> statement-breakpoint
ALTER TABLE `periods` ADD `next_step_contact` text;--> statement-breakpoint
ALTER TABLE `periods` ADD `next_step_not_arranged_reason` text;--> statement-breakpoint
ALTER TABLE `periods` ADD `handover_to` text;--> statement-breakpoint
ALTER TABLE `periods` ADD `recommendations` text;