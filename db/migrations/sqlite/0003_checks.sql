CREATE TABLE `check_attempts` (
	`user_id` integer NOT NULL,
	`lesson_id` text NOT NULL,
	`track_slug` text NOT NULL,
	`score` integer NOT NULL,
	`total` integer NOT NULL,
	`answers` text NOT NULL,
	`best_score` integer NOT NULL,
	`best_total` integer NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`passed_at` integer,
	`attempted_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `lesson_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
