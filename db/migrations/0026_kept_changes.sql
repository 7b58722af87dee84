CREATE TABLE `participant_changes` (
	`seq` integer PRIMARY KEY NOT NULL,
	`generation` integer NOT NULL,
	`participant_id` integer
);--> statement-breakpoint
DROP TRIGGER `participants_access_generation_insert`;--> statement-breakpoint
DROP TRIGGER `participants_access_generation_update`;--> statement-breakpoint
DROP TRIGGER `participants_access_generation_delete`;--> statement-breakpoint
DROP TRIGGER `consent_organisations_access_generation_insert`;--> statement-breakpoint
DROP TRIGGER `consent_organisations_access_generation_update`;--> statement-breakpoint
DROP TRIGGER `consent_organisations_access_generation_delete`;--> statement-breakpoint
DROP TRIGGER `settings_access_generation_insert`;--> statement-breakpoint
DROP TRIGGER `settings_access_generation_update`;--> statement-breakpoint
DROP TRIGGER `settings_access_generation_delete`;--> statement-breakpoint
CREATE TRIGGER `participants_access_generation_insert` AFTER INSERT ON `participants` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, NEW.`id` FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `participants_access_generation_update` AFTER UPDATE ON `participants` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, CASE WHEN OLD.`id` = NEW.`id` THEN NEW.`id` END FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `participants_access_generation_delete` AFTER DELETE ON `participants` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, OLD.`id` FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_access_generation_insert` AFTER INSERT ON `consent_organisations` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, coalesce(NEW.`participant_id`, (SELECT c.`participant_id` FROM `consents` c WHERE c.`id` = NEW.`consent_id`)) FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_access_generation_update` AFTER UPDATE ON `consent_organisations` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, CASE WHEN OLD.`participant_id` IS NULL OR OLD.`participant_id` = NEW.`participant_id` THEN NEW.`participant_id` END FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_access_generation_delete` AFTER DELETE ON `consent_organisations` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, OLD.`participant_id` FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consents_access_generation_insert` AFTER INSERT ON `consents` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, NEW.`participant_id` FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consents_access_generation_update` AFTER UPDATE ON `consents` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, CASE WHEN OLD.`participant_id` = NEW.`participant_id` THEN NEW.`participant_id` END FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `consents_access_generation_delete` AFTER DELETE ON `consents` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, OLD.`participant_id` FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `settings_access_generation_insert` AFTER INSERT ON `settings` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, NULL FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `settings_access_generation_update` AFTER UPDATE ON `settings` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, NULL FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `settings_access_generation_delete` AFTER DELETE ON `settings` BEGIN
  UPDATE `change_generations` SET `generation` = random() >> 11 WHERE `name` = 'participant_access';
  INSERT INTO `participant_changes` (`generation`, `participant_id`)
    SELECT `generation`, NULL FROM `change_generations` WHERE `name` = 'participant_access';
END;--> statement-breakpoint
CREATE TRIGGER `participant_changes_prune` AFTER INSERT ON `participant_changes` WHEN NEW.`seq` % 1024 = 0 BEGIN
  DELETE FROM `participant_changes` WHERE `seq` <= NEW.`seq` - 4096;
END;
