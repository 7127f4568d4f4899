CREATE TABLE "check_attempts" (
	"user_id" integer NOT NULL,
	"lesson_id" text NOT NULL,
	"track_slug" text NOT NULL,
	"score" integer NOT NULL,
	"total" integer NOT NULL,
	"answers" text NOT NULL,
	"best_score" integer NOT NULL,
	"best_total" integer NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"passed_at" bigint,
	"attempted_at" bigint DEFAULT ((extract(epoch from clock_timestamp()) * 1000)::bigint) NOT NULL,
	CONSTRAINT "check_attempts_user_id_lesson_id_pk" PRIMARY KEY("user_id","lesson_id")
);
--> statement-breakpoint
ALTER TABLE "check_attempts" ADD CONSTRAINT "check_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;