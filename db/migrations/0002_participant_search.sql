-- Free-text search (FTS5). Identity (name, personal number) and notes are separate indexes,
-- because a protected identity may be searched by name only by the responsible caseworker.
-- The identity index follows participant_identities through triggers. The notes index holds
-- one document per participant (rowid = participant id: contacts, progress steps and referral
-- reasons together), rebuilt by refreshDerived() in the transaction of every change, so a
-- search returns each participant once and a bulk load builds it in one statement.
CREATE VIRTUAL TABLE `participant_identity_fts` USING fts5(name, number, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `participant_notes_fts` USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER `participant_identities_fts_insert` AFTER INSERT ON `participant_identities` BEGIN
  INSERT INTO participant_identity_fts(rowid, name, number)
  VALUES (new.participant_id, new.first_name || ' ' || new.last_name,
          coalesce(new.personal_number || ' ' || substr(new.personal_number, 3), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `participant_identities_fts_update` AFTER UPDATE OF first_name, last_name, personal_number ON `participant_identities` BEGIN
  DELETE FROM participant_identity_fts WHERE rowid = old.participant_id;
  INSERT INTO participant_identity_fts(rowid, name, number)
  VALUES (new.participant_id, new.first_name || ' ' || new.last_name,
          coalesce(new.personal_number || ' ' || substr(new.personal_number, 3), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `participant_identities_fts_delete` AFTER DELETE ON `participant_identities` BEGIN
  DELETE FROM participant_identity_fts WHERE rowid = old.participant_id;
END;
