-- Full-text search over meetings. rowid = meetings.id. Kept in step by db/writes (participant
-- and topic names live in other tables, so the write functions, not triggers, fill it).
-- remove_diacritics 2 folds "Çavuşoğlu" to "cavusoglu". No prefix indexes: "Umar*" still works
-- (FTS5 walks the term range), and prefix = '2 3 4' made a 1M-meeting load 84 s instead of 54 s.
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(
  `title`,
  `summary`,
  `outcomes`,
  `venue`,
  `participants`,
  `topics`,
  tokenize = 'unicode61 remove_diacritics 2'
);
