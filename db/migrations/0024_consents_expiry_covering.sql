DROP INDEX `consents_valid_until_idx`;--> statement-breakpoint
CREATE INDEX `consents_valid_until_idx` ON `consents` (`valid_until`,`signed_on`,`withdrawn_on`,`participant_id`);