"use server";

import { removePractice, savePortfolio, savePractice } from "@/db/portfolio";
import { formToObject, withUser } from "@/lib/auth/action";
import { findLessonById } from "@/lib/content";
import { portfolioSchema, practiceRemoveSchema, practiceSchema } from "@/lib/portfolio-validation";
import type { FormState } from "@/app/_components/form-field";
import type { PracticeState } from "@/app/_components/portfolio-forms";

function toFormState(result: { ok: boolean; error?: string; fieldErrors?: Record<string, string[] | undefined> }, values?: Record<string, string>): FormState {
  if (result.error === "invalid") return { message: "fixBelow", errors: result.fieldErrors, values };
  return { message: result.error ?? "unknown", errors: result.fieldErrors, values };
}

const strings = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string")) as Record<string, string>;

const save = withUser(practiceSchema, async (input, user) => {
  const found = findLessonById(input.lessonId);
  if (!found) return { ok: false, error: "unknownLesson" };
  await savePractice({ userId: user.id, lessonId: input.lessonId, trackSlug: found.track.slug, url: input.url, note: input.note, shown: input.shown });
  return { ok: true, data: null };
});

const remove = withUser(practiceRemoveSchema, async ({ lessonId }, user) => {
  await removePractice({ userId: user.id, lessonId });
  return { ok: true, data: null };
});

/**
 * The lesson page's practice form: saves the link, or removes it when the remove button was the
 * submitter (intent=remove). `saved` tells the form whether there is work left to remove.
 */
export async function practiceAction(prev: PracticeState, form: FormData): Promise<PracticeState> {
  if (form.get("intent") === "remove") {
    const result = await remove(formToObject(form));
    return result.ok ? { ok: true, message: "practiceRemoved", values: {}, saved: false } : { ...toFormState(result), saved: Boolean(prev?.saved) };
  }
  const result = await save(formToObject(form));
  return result.ok ? { ok: true, message: "practiceSaved", values: strings(form), saved: true } : { ...toFormState(result, strings(form)), saved: Boolean(prev?.saved) };
}

const saveSettings = withUser(portfolioSchema, async (input, user) => {
  const outcome = await savePortfolio({ userId: user.id, ...input });
  if (outcome === "handleTaken") return { ok: false, error: "invalid", fieldErrors: { handle: ["handleTaken"] } };
  return { ok: true, data: null };
});

export async function savePortfolioAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await saveSettings(formToObject(form));
  return result.ok ? { ok: true, message: "settingsSaved", values: strings(form) } : toFormState(result, strings(form));
}
