CREATE TABLE "lesson_notes" (
	"user_id" integer NOT NULL,
	"lesson_id" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "lesson_notes_user_id_lesson_id_pk" PRIMARY KEY("user_id","lesson_id")
);
--> statement-breakpoint
ALTER TABLE "lesson_notes" ADD CONSTRAINT "lesson_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;