ALTER TABLE `consent_organisations` ADD `participant_id` integer;--> statement-breakpoint
ALTER TABLE `consent_organisations` ADD `signed_on` text;--> statement-breakpoint
ALTER TABLE `consent_organisations` ADD `valid_until` text;--> statement-breakpoint
ALTER TABLE `consent_organisations` ADD `withdrawn_on` text;--> statement-breakpoint
UPDATE `consent_organisations` SET (`participant_id`, `signed_on`, `valid_until`, `withdrawn_on`) = (SELECT c.`participant_id`, c.`signed_on`, c.`valid_until`, c.`withdrawn_on` FROM `consents` c WHERE c.`id` = `consent_organisations`.`consent_id`);--> statement-breakpoint
CREATE INDEX `consent_organisations_access_idx` ON `consent_organisations` (`organisation_id`,`participant_id`,`signed_on`,`valid_until`,`withdrawn_on`);--> statement-breakpoint
CREATE TRIGGER `consent_organisations_copy_insert` AFTER INSERT ON `consent_organisations` BEGIN
  UPDATE `consent_organisations` SET (`participant_id`, `signed_on`, `valid_until`, `withdrawn_on`) = (SELECT c.`participant_id`, c.`signed_on`, c.`valid_until`, c.`withdrawn_on` FROM `consents` c WHERE c.`id` = NEW.`consent_id`)
  WHERE `consent_id` = NEW.`consent_id` AND `organisation_id` = NEW.`organisation_id`;
END;--> statement-breakpoint
CREATE TRIGGER `consent_organisations_copy_update` AFTER UPDATE OF `consent_id`, `organisation_id`, `participant_id`, `signed_on`, `valid_until`, `withdrawn_on` ON `consent_organisations`
WHEN (NEW.`participant_id`, NEW.`signed_on`, NEW.`valid_until`, NEW.`withdrawn_on`) IS NOT (SELECT c.`participant_id`, c.`signed_on`, c.`valid_until`, c.`withdrawn_on` FROM `consents` c WHERE c.`id` = NEW.`consent_id`) BEGIN
  UPDATE `consent_organisations` SET (`participant_id`, `signed_on`, `valid_until`, `withdrawn_on`) = (SELECT c.`participant_id`, c.`signed_on`, c.`valid_until`, c.`withdrawn_on` FROM `consents` c WHERE c.`id` = NEW.`consent_id`)
  WHERE `consent_id` = NEW.`consent_id` AND `organisation_id` = NEW.`organisation_id`;
END;--> statement-breakpoint
CREATE TRIGGER `consents_copy_update` AFTER UPDATE OF `participant_id`, `signed_on`, `valid_until`, `withdrawn_on` ON `consents` BEGIN
  UPDATE `consent_organisations` SET (`participant_id`, `signed_on`, `valid_until`, `withdrawn_on`) = (NEW.`participant_id`, NEW.`signed_on`, NEW.`valid_until`, NEW.`withdrawn_on`)
  WHERE `consent_id` = NEW.`id`;
END;
