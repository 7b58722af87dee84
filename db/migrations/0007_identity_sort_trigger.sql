-- A Swedish sort key for names: "lastname firstname", lower-cased (ASCII by SQLite) with Å, Ä,
-- Ö folded to the characters after z, so they sort last and in Swedish order. Kept by triggers
-- so every writer (forms, demo data, imports) gets it; existing rows are backfilled.
CREATE TRIGGER `participant_identities_sort_insert` AFTER INSERT ON `participant_identities` BEGIN
  UPDATE participant_identities SET sort_name =
    replace(replace(replace(replace(replace(replace(lower(new.last_name || ' ' || new.first_name),
      'å', '{'), 'Å', '{'), 'ä', '|'), 'Ä', '|'), 'ö', '}'), 'Ö', '}')
  WHERE participant_id = new.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participant_identities_sort_update` AFTER UPDATE OF first_name, last_name ON `participant_identities` BEGIN
  UPDATE participant_identities SET sort_name =
    replace(replace(replace(replace(replace(replace(lower(new.last_name || ' ' || new.first_name),
      'å', '{'), 'Å', '{'), 'ä', '|'), 'Ä', '|'), 'ö', '}'), 'Ö', '}')
  WHERE participant_id = new.participant_id;
END;
--> statement-breakpoint
UPDATE participant_identities SET sort_name =
  replace(replace(replace(replace(replace(replace(lower(last_name || ' ' || first_name),
    'å', '{'), 'Å', '{'), 'ä', '|'), 'Ä', '|'), 'ö', '}'), 'Ö', '}');
