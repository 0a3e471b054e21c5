-- The full-text index becomes contentless with no per-row sizes (content='', columnsize=0):
-- ranking a word that 60,000 meetings contain then costs 12 ms instead of 45, because bm25 no
-- longer reads each match's row of sizes (the price: no document-length normalisation, so
-- relevance is the weighted count of matched words with their rarity). The indexed text moves
-- to meetings_search_text, one row per indexed (live) meeting: highlights read it, and every
-- removal from the index replays exactly the values that were indexed ('delete' command).
-- New column `folded`: the words whose full folding differs from the tokenizer's (ı, ø, ß, ł,
-- æ, œ… as lib/text's foldText folds them), so that "Kirisci" finds "Kırışçı"; search_folds()
-- is registered on every connection by db/client.ts.
CREATE TABLE `meetings_search_text` (
  `id` integer PRIMARY KEY NOT NULL,
  `title` text NOT NULL,
  `summary` text NOT NULL,
  `outcomes` text NOT NULL,
  `venue` text NOT NULL,
  `participants` text NOT NULL,
  `topics` text NOT NULL,
  `folded` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `meetings_search_text` (id, title, summary, outcomes, venue, participants, topics, folded)
SELECT rowid, coalesce(title, ''), coalesce(summary, ''), coalesce(outcomes, ''),
  coalesce(venue, ''), coalesce(participants, ''), coalesce(topics, ''),
  search_folds(concat_ws(' ', title, summary, outcomes, venue, participants, topics))
FROM `meetings_fts`;
--> statement-breakpoint
DROP TABLE `meetings_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(
  `title`,
  `summary`,
  `outcomes`,
  `venue`,
  `participants`,
  `topics`,
  `folded`,
  content = '',
  columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `meetings_fts` (rowid, title, summary, outcomes, venue, participants, topics, folded)
SELECT id, title, summary, outcomes, venue, participants, topics, folded
FROM `meetings_search_text`;
