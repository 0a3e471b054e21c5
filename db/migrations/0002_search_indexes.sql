CREATE INDEX `meetings_span_idx` ON `meetings` (`start_date`,`end_date`);--> statement-breakpoint
CREATE INDEX `meetings_span_days_idx` ON `meetings` ((julianday("end_date") - julianday("start_date")));--> statement-breakpoint
CREATE INDEX `meetings_facet_idx` ON `meetings` (`id`,`format`,`status`,`country_code`,`event_id`,`start_date`,`end_date`,`classification`,`deleted_at`,`version`);--> statement-breakpoint
CREATE INDEX `participants_meeting_cover_idx` ON `participants` (`meeting_id`,`country_code`,`organization_id`,`official_id`);