"use server";

// The knowledge check's one action (its own file, beside the lesson page, so it merges cleanly
// with the lesson's other features). Visitors may take a check: it is graded for everyone and
// saved only for a signed-in learner. Grading uses content alone, never the browser's view.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { saveCheckAttempt } from "@/db/checks";
import { DataError } from "@/db/errors";
import { getSessionUser } from "@/lib/auth/session";
import { gradeCheck } from "@/lib/checks";
import { findLessonById, getCurriculum, pick } from "@/lib/content";
import { localeSchema } from "@/lib/validation";

export type CheckResult = {
  id: string;
  chosen: string;
  correct: boolean;
  /** The right option's text and the explanation, in the page's language. */
  answerText: string;
  explanation: string;
};
export type CheckState =
  | {
      ok: true;
      score: number;
      total: number;
      passed: boolean;
      results: CheckResult[];
      saved: { bestScore: number; bestTotal: number; passed: boolean } | null;
    }
  | { ok: false; message: string; chosen: Record<string, string> };

const PREFIX = "answer:";
const formSchema = z.object({
  lessonId: z.string().min(1).max(80),
  locale: localeSchema.catch("bn"),
  answers: z.record(z.string().max(100), z.string().max(4)).refine((a) => Object.keys(a).length <= 10),
});

function readForm(form: FormData) {
  const answers: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith(PREFIX) && typeof value === "string") answers[key.slice(PREFIX.length)] = value;
  }
  return formSchema.safeParse({ lessonId: form.get("lessonId"), locale: form.get("locale"), answers });
}

/** Grades one attempt; with JavaScript the island shows the answer, without it the page does. */
export async function submitCheck(_previous: CheckState | null, form: FormData): Promise<CheckState> {
  const parsed = readForm(form);
  const locale = parsed.success ? parsed.data.locale : form.get("locale") === "en" ? "en" : "bn";
  const t = await getTranslations({ locale, namespace: "checks" });
  const te = await getTranslations({ locale, namespace: "errors" });
  if (!parsed.success) return { ok: false, message: te("invalid"), chosen: {} };
  const { lessonId, answers } = parsed.data;
  const found = findLessonById(lessonId);
  const questions = getCurriculum().checks[lessonId];
  if (!found || !questions) return { ok: false, message: t("unknownLesson"), chosen: {} };

  const grade = gradeCheck(questions, answers);
  if (!grade.ok) {
    // Refill only real choices, so a forged id is not echoed back into the form.
    const chosen = Object.fromEntries(
      Object.entries(answers).filter(([id, o]) => questions.some((q) => q.id === id && q.options.some((x) => x.id === o))),
    );
    return { ok: false, message: t(grade.error), chosen };
  }

  let saved: Extract<CheckState, { ok: true }>["saved"] = null;
  const user = await getSessionUser();
  if (user) {
    try {
      const row = await saveCheckAttempt({
        userId: user.id,
        lessonId,
        trackSlug: found.track.slug,
        score: grade.score,
        total: grade.total,
        answers: grade.answers,
      });
      saved = { bestScore: row.bestScore, bestTotal: row.bestTotal, passed: row.passedAt !== null };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return { ok: false, message: te("server"), chosen: grade.answers };
    }
  }

  const byId = new Map(questions.map((q) => [q.id, q]));
  const results = grade.questions.map((g) => {
    const q = byId.get(g.id)!;
    const answer = q.options.find((o) => o.id === q.answer)!;
    return { id: g.id, chosen: g.chosen, correct: g.correct, answerText: pick(answer.text, locale), explanation: pick(q.explanation, locale) };
  });
  return { ok: true, score: grade.score, total: grade.total, passed: grade.passed, results, saved };
}
