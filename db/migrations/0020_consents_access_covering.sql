DROP INDEX `consents_participant_idx`;--> statement-breakpoint
CREATE INDEX `consents_participant_idx` ON `consents` (`participant_id`,`signed_on`,`valid_until`,`withdrawn_on`);