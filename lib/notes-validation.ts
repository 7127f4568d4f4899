import { z } from "zod";
import { NOTE_MAX } from "./note-limit";

export { NOTE_MAX };

// A textarea posts line breaks as CRLF; counted as one character each, as the learner sees them.
export const noteSchema = z.object({
  lessonId: z.string().min(1).max(80),
  body: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, "\n"))
    .pipe(z.string().max(NOTE_MAX)),
});
