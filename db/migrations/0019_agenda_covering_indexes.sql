DROP INDEX `plan_subgoals_period_idx`;--> statement-breakpoint
CREATE INDEX `plan_subgoals_period_idx` ON `plan_subgoals` (`period_id`,`status`);--> statement-breakpoint
DROP INDEX `actions_participant_idx`;--> statement-breakpoint
CREATE INDEX `actions_participant_idx` ON `actions` (`participant_id`,`status`,`due_on`);