CREATE TABLE `topic_slugs` (
	`slug` text PRIMARY KEY NOT NULL,
	`topic_id` integer NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
