-- Full-text search over meetings. rowid = meetings.id. Kept in step by db/writes (participant
-- and topic names live in other tables, so the write functions, not triggers, fill it).
-- remove_diacritics 2 folds "Çavuşoğlu" to "cavusoglu"; prefix indexes make "Umar*" cheap.
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(
  `title`,
  `summary`,
  `outcomes`,
  `venue`,
  `participants`,
  `topics`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
