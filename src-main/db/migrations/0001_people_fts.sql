-- Full-text search over people's names, folded by src-shared/text (diacritics and đ → d),
-- because FTS5's own remove_diacritics does not fold đ. External content: the index holds
-- only tokens; rows stay in `people`. Prefix indexes make type-ahead search cheap.
CREATE VIRTUAL TABLE `people_fts` USING fts5(search_text, content='people', content_rowid='seq', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3');
--> statement-breakpoint
CREATE TRIGGER `people_fts_ai` AFTER INSERT ON `people` BEGIN
  INSERT INTO people_fts(rowid, search_text) VALUES (new.seq, new.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_ad` AFTER DELETE ON `people` BEGIN
  INSERT INTO people_fts(people_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_au` AFTER UPDATE OF search_text ON `people` BEGIN
  INSERT INTO people_fts(people_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
  INSERT INTO people_fts(rowid, search_text) VALUES (new.seq, new.search_text);
END;
