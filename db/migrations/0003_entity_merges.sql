ALTER TABLE `officials` ADD `merged_into_id` integer REFERENCES officials(id);--> statement-breakpoint
ALTER TABLE `organizations` ADD `merged_into_id` integer REFERENCES organizations(id);--> statement-breakpoint
ALTER TABLE `topics` ADD `aliases` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `topics` ADD `merged_into_id` integer REFERENCES topics(id);