import { z } from "zod";

// Error messages are translation keys under "questions.errors".
export const POST_MIN = 10;
export const POST_MAX = 2000;

// Stored as given (only surrounding space trimmed, line endings unified); never turned into HTML.
const body = z
  .string("postShort")
  .transform((v) => v.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(POST_MIN, "postShort").max(POST_MAX, "postLong"));

const id = z.coerce.number().int().positive().max(2_147_483_647);
const kind = z.enum(["question", "answer"]);

export const askSchema = z.object({ lessonId: z.string().min(1).max(80), body });
export const answerSchema = z.object({ questionId: id, body });
export const editPostSchema = z.object({ kind, id, body });
export const postRefSchema = z.object({ kind, id });
export const acceptSchema = z.object({ questionId: id, answerId: id });
export const voteSchema = z.object({ answerId: id });
export const moderateSchema = z.object({ kind, id, decision: z.enum(["restore", "remove"]) });
