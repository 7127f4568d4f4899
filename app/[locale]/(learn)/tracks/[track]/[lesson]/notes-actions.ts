"use server";

import { redirect } from "next/navigation";
import { saveNote as storeNote } from "@/db/notes";
import { withUser } from "@/lib/auth/action";
import { findLessonById } from "@/lib/content";
import { localePath } from "@/lib/i18n/paths";
import { noteSchema } from "@/lib/notes-validation";
import { limitAll } from "@/lib/rate-limit";

// Autosave sends the note after each pause in typing: generous, but bounded per learner.
const NOTE_SAVES_PER_HOUR = 600;

/** Saves the whole text of the learner's note (empty removes it); sending it twice is harmless. */
export const saveNote = withUser(noteSchema, async ({ lessonId, body }, user) => {
  if (!findLessonById(lessonId)) return { ok: false, error: "unknownLesson" };
  const counted = await limitAll([{ key: `note:${user.id}`, max: NOTE_SAVES_PER_HOUR, windowMs: 3_600_000 }]);
  if (!counted.ok) return { ok: false, error: "throttled" };
  const note = await storeNote({ userId: user.id, lessonId, body });
  return { ok: true, data: { updatedAt: note?.updatedAt ?? null } };
});

export type NoteFormState = { ok: boolean; error?: string; at: number } | null;

/** The notes form as a real post, so "Save" works without JavaScript (then the answer is a redirect back). */
export async function submitNote(_prev: NoteFormState, form: FormData): Promise<NoteFormState> {
  const locale = form.get("locale") === "en" ? "en" : "bn";
  const lessonId = String(form.get("lessonId") ?? "").slice(0, 80);
  const found = findLessonById(lessonId);
  if (!found) return { ok: false, error: "unknownLesson", at: Date.now() };
  const lessonPath = `/tracks/${found.track.slug}/${found.lesson.slug}`;
  const result = await saveNote({ lessonId, body: String(form.get("body") ?? "") });
  if (!result.ok) {
    if (result.error === "signInRequired") redirect(localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, lessonPath) } }));
    return { ok: false, error: result.error, at: Date.now() };
  }
  if (form.get("enhanced") !== "1") redirect(`${localePath(locale, lessonPath)}?note=saved#notes`);
  return { ok: true, at: Date.now() };
}
