CREATE TABLE `change_generations` (
	`name` text PRIMARY KEY NOT NULL,
	`generation` integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO `change_generations` (`name`, `generation`) VALUES ('participant_access', 0);--> statement-breakpoint
CREATE TRIGGER `participants_access_generation_insert` AFTER INSERT ON `participants` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `participants_access_generation_update` AFTER UPDATE ON `participants` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `participants_access_generation_delete` AFTER DELETE ON `participants` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_access_generation_insert` AFTER INSERT ON `consent_organisations` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_access_generation_update` AFTER UPDATE ON `consent_organisations` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_access_generation_delete` AFTER DELETE ON `consent_organisations` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `settings_access_generation_insert` AFTER INSERT ON `settings` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `settings_access_generation_update` AFTER UPDATE ON `settings` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `settings_access_generation_delete` AFTER DELETE ON `settings` BEGIN
  UPDATE `change_generations` SET `generation` = `generation` + 1 WHERE `name` = 'participant_access';
END;