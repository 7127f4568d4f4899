CREATE TABLE `answer_votes` (
	`answer_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`answer_id`, `user_id`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `answer_votes_user` ON `answer_votes` (`user_id`);--> statement-breakpoint
CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`edited_at` integer,
	`deleted_at` integer,
	`hidden_at` integer,
	`removed_at` integer,
	`reviewed_at` integer,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `answers_question_time` ON `answers` (`question_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `answers_author_time` ON `answers` (`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `answers_hidden` ON `answers` (`hidden_at`);--> statement-breakpoint
CREATE TABLE `moderator_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`moderator_id` integer,
	`post_kind` text NOT NULL,
	`post_id` integer NOT NULL,
	`action` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`moderator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `moderator_actions_time` ON `moderator_actions` (`created_at`);--> statement-breakpoint
CREATE TABLE `post_reports` (
	`post_kind` text NOT NULL,
	`post_id` integer NOT NULL,
	`reporter_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`post_kind`, `post_id`, `reporter_id`),
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_reports_reporter` ON `post_reports` (`reporter_id`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lesson_id` text NOT NULL,
	`track_slug` text NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`accepted_answer_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`edited_at` integer,
	`deleted_at` integer,
	`hidden_at` integer,
	`removed_at` integer,
	`reviewed_at` integer,
	`asker_seen_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `questions_lesson_time` ON `questions` (`lesson_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `questions_track` ON `questions` (`track_slug`,`lesson_id`);--> statement-breakpoint
CREATE INDEX `questions_author_time` ON `questions` (`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `questions_hidden` ON `questions` (`hidden_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `role` text DEFAULT 'learner' NOT NULL;