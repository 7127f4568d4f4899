CREATE TABLE `certificates` (
	`code` text PRIMARY KEY NOT NULL,
	`user_id` integer,
	`track_slug` text NOT NULL,
	`learner_name` text NOT NULL,
	`lesson_ids` text NOT NULL,
	`practice` text NOT NULL,
	`issued_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_user_track` ON `certificates` (`user_id`,`track_slug`);--> statement-breakpoint
CREATE TABLE `portfolios` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`display_name` text NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portfolios_handle_unique` ON `portfolios` (`handle`);--> statement-breakpoint
CREATE TABLE `practice_submissions` (
	`user_id` integer NOT NULL,
	`lesson_id` text NOT NULL,
	`track_slug` text NOT NULL,
	`url` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`shown` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `lesson_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `practice_submissions_user_track` ON `practice_submissions` (`user_id`,`track_slug`);