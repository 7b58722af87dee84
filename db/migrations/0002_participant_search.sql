-- Free-text search (FTS5), kept in step with the tables by triggers so no code path can
-- forget it. Identity (name, personal number) and notes are separate indexes, because a
-- protected identity may be searched by name only by the responsible caseworker.
-- Notes rowid = source id * 4 + source tag (0 contact, 1 progress step, 2 referral reason).
CREATE VIRTUAL TABLE `participant_identity_fts` USING fts5(name, number, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `participant_notes_fts` USING fts5(body, participant_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER `participant_identities_fts_insert` AFTER INSERT ON `participant_identities` BEGIN
  INSERT INTO participant_identity_fts(rowid, name, number)
  VALUES (new.participant_id, new.first_name || ' ' || new.last_name,
          coalesce(new.personal_number || ' ' || substr(new.personal_number, 3), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `participant_identities_fts_update` AFTER UPDATE ON `participant_identities` BEGIN
  DELETE FROM participant_identity_fts WHERE rowid = old.participant_id;
  INSERT INTO participant_identity_fts(rowid, name, number)
  VALUES (new.participant_id, new.first_name || ' ' || new.last_name,
          coalesce(new.personal_number || ' ' || substr(new.personal_number, 3), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `participant_identities_fts_delete` AFTER DELETE ON `participant_identities` BEGIN
  DELETE FROM participant_identity_fts WHERE rowid = old.participant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_insert` AFTER INSERT ON `contacts` BEGIN
  INSERT INTO participant_notes_fts(rowid, body, participant_id) VALUES (new.id * 4, new.text, new.participant_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_update` AFTER UPDATE ON `contacts` BEGIN
  DELETE FROM participant_notes_fts WHERE rowid = old.id * 4;
  INSERT INTO participant_notes_fts(rowid, body, participant_id) VALUES (new.id * 4, new.text, new.participant_id);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_delete` AFTER DELETE ON `contacts` BEGIN
  DELETE FROM participant_notes_fts WHERE rowid = old.id * 4;
END;
--> statement-breakpoint
CREATE TRIGGER `progress_steps_fts_insert` AFTER INSERT ON `progress_steps` BEGIN
  INSERT INTO participant_notes_fts(rowid, body, participant_id) VALUES (new.id * 4 + 1, new.text, new.participant_id);
END;
--> statement-breakpoint
CREATE TRIGGER `progress_steps_fts_update` AFTER UPDATE ON `progress_steps` BEGIN
  DELETE FROM participant_notes_fts WHERE rowid = old.id * 4 + 1;
  INSERT INTO participant_notes_fts(rowid, body, participant_id) VALUES (new.id * 4 + 1, new.text, new.participant_id);
END;
--> statement-breakpoint
CREATE TRIGGER `progress_steps_fts_delete` AFTER DELETE ON `progress_steps` BEGIN
  DELETE FROM participant_notes_fts WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `referrals_fts_insert` AFTER INSERT ON `referrals` BEGIN
  INSERT INTO participant_notes_fts(rowid, body, participant_id) VALUES (new.id * 4 + 2, new.reason, new.participant_id);
END;
--> statement-breakpoint
CREATE TRIGGER `referrals_fts_update` AFTER UPDATE ON `referrals` BEGIN
  DELETE FROM participant_notes_fts WHERE rowid = old.id * 4 + 2;
  INSERT INTO participant_notes_fts(rowid, body, participant_id) VALUES (new.id * 4 + 2, new.reason, new.participant_id);
END;
--> statement-breakpoint
CREATE TRIGGER `referrals_fts_delete` AFTER DELETE ON `referrals` BEGIN
  DELETE FROM participant_notes_fts WHERE rowid = old.id * 4 + 2;
END;
