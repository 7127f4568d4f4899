"use server";

import { redirect } from "next/navigation";
import { removePractice, savePortfolio, savePractice } from "@/db/portfolio";
import { formToObject, withUser } from "@/lib/auth/action";
import { findLessonById } from "@/lib/content";
import { portfolioSchema, practiceRemoveSchema, practiceSchema } from "@/lib/portfolio-validation";
import type { FormState } from "@/app/_components/form-field";

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

export async function savePracticeAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await save(formToObject(form));
  return result.ok ? { ok: true, message: "practiceSaved", values: strings(form) } : toFormState(result, strings(form));
}

const remove = withUser(practiceRemoveSchema, async ({ lessonId }, user) => {
  await removePractice({ userId: user.id, lessonId });
  return { ok: true, data: null };
});

/** A plain form post (no JavaScript needed): removes the work, then reloads the page. */
export async function removePracticeAction(form: FormData): Promise<void> {
  const result = await remove(formToObject(form));
  const back = String(form.get("returnPath") ?? "");
  if (result.ok && /^(\/en)?\/tracks\/[a-z0-9-]+\/[a-z0-9-]+\/practice$/.test(back)) redirect(`${back}?removed=1`);
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
