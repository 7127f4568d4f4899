"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordVisit, replaceChecklist, setChecklistItem, setLessonDone } from "@/db/progress";
import { formToObject, withUser, type ActionResult } from "@/lib/auth/action";
import { clearSignedInHint, setSignedInHint } from "@/lib/auth/hint";
import { findLessonById } from "@/lib/content";
import { localePath } from "@/lib/i18n/paths";
import { checklistFormSchema, checklistMarkSchema, lessonMarkSchema, lessonVisitSchema } from "@/lib/validation";

export const markLesson = withUser(lessonMarkSchema, async ({ lessonId, done }, user) => {
  const result = await setLessonDone({ userId: user.id, lessonId, done });
  return result.ok ? { ok: true, data: { done: result.done, skillTicked: result.skillTicked } } : result;
});

export const recordLessonVisit = withUser(lessonVisitSchema, async ({ lessonId }, user) =>
  (await recordVisit({ userId: user.id, lessonId })) ? { ok: true, data: null } : { ok: false, error: "unknownLesson" },
);

export const tickChecklistItem = withUser(checklistMarkSchema, async ({ key, done }, user) => {
  await setChecklistItem({ userId: user.id, key, done });
  return { ok: true, data: { key, done } };
});

const saveChecklist = withUser(checklistFormSchema, async ({ items }, user) => {
  await replaceChecklist({ userId: user.id, keys: items });
  return { ok: true, data: items };
});

/** The checklist form without JavaScript: the ticked boxes replace the saved ones. */
export async function submitChecklist(_prev: ActionResult<unknown> | null, form: FormData) {
  const result = await saveChecklist(formToObject(form, ["items"]));
  if (result.ok) revalidatePath("/[locale]/checklist", "page");
  return result;
}

export type LessonMarkState = { ok: boolean; done?: boolean; error?: string; at: number } | null;

/**
 * Mark done / not done as a real form post, so it works before and without JavaScript. Paths
 * are worked out here from the lesson id, never taken from the form. Without JavaScript (no
 * "enhanced" field) or with "then=next" the answer is a redirect: to this lesson, now showing its
 * mark, or to the next one. A visitor, or a learner whose session ended, is sent to sign in and
 * brought back to mark it.
 */
export async function submitLessonMark(_prev: LessonMarkState, form: FormData): Promise<LessonMarkState> {
  const locale = form.get("locale") === "en" ? "en" : "bn";
  const lessonId = String(form.get("lessonId") ?? "").slice(0, 80);
  const done = form.get("done") !== "0";
  const found = findLessonById(lessonId);
  if (!found) return { ok: false, error: "unknownLesson", at: Date.now() };
  const lessonPath = `/tracks/${found.track.slug}/${found.lesson.slug}`;

  const result = await markLesson({ lessonId, done });
  if (!result.ok) {
    if (result.error === "signInRequired") {
      await clearSignedInHint();
      redirect(localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, `${lessonPath}?mark=1`) } }));
    }
    return { ok: false, error: result.error, at: Date.now() };
  }
  // A session from before the hint existed gets it here, so the redirect shows the mark.
  await setSignedInHint();
  if (form.get("then") === "next") {
    const index = found.track.lessons.findIndex((l) => l.id === lessonId);
    const next = found.track.lessons[index + 1];
    redirect(localePath(locale, next ? `/tracks/${found.track.slug}/${next.slug}` : `/tracks/${found.track.slug}`));
  }
  if (form.get("enhanced") !== "1") redirect(localePath(locale, lessonPath));
  return { ok: true, done: result.data.done, at: Date.now() };
}

/**
 * The visitor's mark form (visitor-mark-form.tsx, rendered on the server: no client code): the same
 * answer as submitLessonMark, which sends a visitor to sign in and a learner back to the lesson.
 */
export async function submitVisitorLessonMark(form: FormData): Promise<void> {
  form.delete("enhanced");
  await submitLessonMark(null, form);
}
