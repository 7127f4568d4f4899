"use server";

import { revalidatePath } from "next/cache";
import { recordVisit, replaceChecklist, setChecklistItem, setLessonDone } from "@/db/progress";
import { formToObject, withUser, type ActionResult } from "@/lib/auth/action";
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
