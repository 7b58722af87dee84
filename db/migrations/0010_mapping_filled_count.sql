ALTER TABLE `mappings` ADD `filled_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `mappings` SET `filled_count` = (SELECT count(*) FROM `mapping_values` v WHERE v.`mapping_id` = `mappings`.`id` AND v.`value` IS NOT NULL);--> statement-breakpoint
CREATE TRIGGER `mapping_values_filled_insert` AFTER INSERT ON `mapping_values` WHEN NEW.`value` IS NOT NULL BEGIN
  UPDATE `mappings` SET `filled_count` = `filled_count` + 1 WHERE `id` = NEW.`mapping_id`;
END;--> statement-breakpoint
CREATE TRIGGER `mapping_values_filled_delete` AFTER DELETE ON `mapping_values` WHEN OLD.`value` IS NOT NULL BEGIN
  UPDATE `mappings` SET `filled_count` = `filled_count` - 1 WHERE `id` = OLD.`mapping_id`;
END;--> statement-breakpoint
CREATE TRIGGER `mapping_values_filled_update` AFTER UPDATE OF `value`, `mapping_id` ON `mapping_values` BEGIN
  UPDATE `mappings` SET `filled_count` = `filled_count` - (OLD.`value` IS NOT NULL) WHERE `id` = OLD.`mapping_id`;
  UPDATE `mappings` SET `filled_count` = `filled_count` + (NEW.`value` IS NOT NULL) WHERE `id` = NEW.`mapping_id`;
END;
