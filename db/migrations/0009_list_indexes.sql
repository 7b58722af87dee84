DROP INDEX `participants_referring_org_idx`;--> statement-breakpoint
CREATE INDEX `participants_status_activity_idx` ON `participants` (`status`,`last_activity_on`);--> statement-breakpoint
CREATE INDEX `participants_status_planned_end_idx` ON `participants` (`status`,`planned_end_on`);--> statement-breakpoint
CREATE INDEX `participants_status_enrolled_idx` ON `participants` (`status`,`enrolled_on`);--> statement-breakpoint
CREATE INDEX `participants_org_status_idx` ON `participants` (`referring_organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `participant_identities_sort_idx` ON `participant_identities` (`sort_name`);