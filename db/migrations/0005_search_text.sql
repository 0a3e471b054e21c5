-- The full-text index becomes contentless with no per-row sizes (content='', columnsize=0), with
-- five columns (title; body = summary, outcomes, venue; participants; topics; scope), the values
-- db/writes/search-index.ts FTS_VALUES gives:
-- ranking a word that 60,000 meetings contain then costs 12 ms instead of 45, because bm25 no
-- longer reads each match's row of sizes (the price: no document-length normalisation, so
-- relevance is the weighted count of matched words with their rarity). The indexed text moves
-- to meetings_search_text, one row per indexed (live) meeting: highlights read it, and every
-- removal from the index replays exactly the values that were indexed ('delete' command).
-- Each text column is indexed with the full folds of its words that the tokenizer folds
-- differently (ı, ø, ß, ł, æ, œ… as lib/text's foldText folds them), so that "Kirisci" finds
-- "Kırışçı" with the weight of the column it is in; search_folds() is registered on every
-- connection by db/client.ts. Column `scope`: 'restricted' for a restricted meeting, so that a search of text alone leaves restricted meetings out inside the index
-- (`… NOT scope : restricted`) for readers who may not see them; user queries never search it.
-- It also holds 16 filler words: without row sizes bm25 takes each row as -1 token per column
-- and ranks in reverse unless rows average more than 3 tokens per column.
CREATE TABLE `meetings_search_text` (
  `id` integer PRIMARY KEY NOT NULL,
  `title` text NOT NULL,
  `summary` text NOT NULL,
  `outcomes` text NOT NULL,
  `venue` text NOT NULL,
  `participants` text NOT NULL,
  `topics` text NOT NULL,
  `scope` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `meetings_search_text` (id, title, summary, outcomes, venue, participants, topics, scope)
SELECT f.rowid, coalesce(f.title, ''), coalesce(f.summary, ''), coalesce(f.outcomes, ''),
  coalesce(f.venue, ''), coalesce(f.participants, ''), coalesce(f.topics, ''),
  CASE m.classification WHEN 'restricted' THEN 'restricted' ELSE '' END
FROM `meetings_fts` f JOIN `meetings` m ON m.id = f.rowid;
--> statement-breakpoint
DROP TABLE `meetings_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(
  `title`,
  `body`,
  `participants`,
  `topics`,
  `scope`,
  content = '',
  columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `meetings_fts` (rowid, title, body, participants, topics, scope)
SELECT id, concat_ws(' ', title, search_folds(title)),
  concat_ws(' ', summary, outcomes, venue, search_folds(concat_ws(' ', summary, outcomes, venue))),
  concat_ws(' ', participants, search_folds(participants)),
  concat_ws(' ', topics, search_folds(topics)),
  concat_ws(' ', scope, 'filler filler filler filler filler filler filler filler filler filler filler filler filler filler filler filler')
FROM `meetings_search_text`;
