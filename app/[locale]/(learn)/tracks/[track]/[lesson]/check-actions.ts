"use server";

// The knowledge check's one action (its own file, beside the lesson page, so it merges cleanly
// with the lesson's other features). Visitors may take a check: it is graded for everyone, through
// publicAction (with a per-address limit) for a visitor and withUser for a learner, and saved only
// for the learner. Grading uses content alone, never the browser's view.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { saveCheckAttempt } from "@/db/checks";
import { publicAction, withUser, type ActionResult } from "@/lib/auth/action";
import { getSessionUser } from "@/lib/auth/session";
import { gradeCheck, type Grade } from "@/lib/checks";
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
type Saved = { bestScore: number; bestTotal: number; passed: boolean };
export type CheckState =
  | { ok: true; score: number; total: number; passed: boolean; results: CheckResult[]; saved: Saved | null }
  | { ok: false; message: string; chosen: Record<string, string> };

const PREFIX = "answer:";
const HOUR = 60 * 60 * 1000;
// Grading is cheap and a class may share one connection: a generous budget, only against floods.
const VISITOR_CHECKS_PER_HOUR = 300;

const checkSchema = z.object({
  lessonId: z.string().min(1).max(80),
  locale: localeSchema.catch("bn"),
  answers: z.record(z.string().max(100), z.string().max(4)).refine((a) => Object.keys(a).length <= 10),
});
type CheckInput = z.output<typeof checkSchema>;
type Graded = { grade: Extract<Grade, { ok: true }>; saved: Saved | null };

function readForm(form: FormData) {
  const answers: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith(PREFIX) && typeof value === "string") answers[key.slice(PREFIX.length)] = value;
  }
  return { lessonId: form.get("lessonId"), locale: form.get("locale"), answers };
}

/** Grades against the lesson's questions in content; an error names the message to show. */
function grade({ lessonId, answers }: CheckInput): ActionResult<{ grade: Extract<Grade, { ok: true }>; trackSlug: string }> {
  const found = findLessonById(lessonId);
  const questions = getCurriculum().checks[lessonId];
  if (!found || !questions) return { ok: false, error: "unknownLesson" };
  const g = gradeCheck(questions, answers);
  return g.ok ? { ok: true, data: { grade: g, trackSlug: found.track.slug } } : { ok: false, error: g.error };
}

const gradeForLearner = withUser(checkSchema, async (input, user): Promise<ActionResult<Graded>> => {
  const g = grade(input);
  if (!g.ok) return g;
  const { grade: result, trackSlug } = g.data;
  const row = await saveCheckAttempt({
    userId: user.id,
    lessonId: input.lessonId,
    trackSlug,
    score: result.score,
    total: result.total,
    answers: result.answers,
  });
  return { ok: true, data: { grade: result, saved: { bestScore: row.bestScore, bestTotal: row.bestTotal, passed: row.passedAt !== null } } };
});

const gradeForVisitor = publicAction({
  schema: checkSchema,
  limits: (_input, address) => [{ key: `check:address:${address}`, max: VISITOR_CHECKS_PER_HOUR, windowMs: HOUR }],
  handler: async (input): Promise<ActionResult<Graded>> => {
    const g = grade(input);
    return g.ok ? { ok: true, data: { grade: g.data.grade, saved: null } } : g;
  },
});

/** Grades one attempt; with JavaScript the island shows the answer, without it the page does. */
export async function submitCheck(_previous: CheckState | null, form: FormData): Promise<CheckState> {
  const input = readForm(form);
  const locale = input.locale === "en" ? "en" : "bn";
  let result = (await getSessionUser()) ? await gradeForLearner(input) : await gradeForVisitor(input);
  // A session that ended between the two checks: graded as a visitor's, not saved.
  if (!result.ok && result.error === "signInRequired") result = await gradeForVisitor(input);

  if (!result.ok) {
    const t = await getTranslations({ locale, namespace: "checks" });
    const te = await getTranslations({ locale, namespace: "errors" });
    const questions = getCurriculum().checks[String(input.lessonId)] ?? [];
    // Refill only real choices, so a forged id is not echoed back into the form.
    const chosen = Object.fromEntries(
      Object.entries(input.answers).filter(([id, o]) => questions.some((q) => q.id === id && q.options.some((x) => x.id === o))),
    );
    const [code, minutes] = result.error.split(":");
    const message =
      code === "unknownOption" || code === "answerAll" || code === "unknownLesson"
        ? t(code)
        : code === "throttled"
          ? t("throttled", { minutes: Number(minutes) || 1 })
          : te(code === "server" ? "server" : "invalid");
    return { ok: false, message, chosen };
  }

  const { grade: graded, saved } = result.data;
  const byId = new Map((getCurriculum().checks[String(input.lessonId)] ?? []).map((q) => [q.id, q]));
  const results = graded.questions.map((g) => {
    const q = byId.get(g.id)!;
    const answer = q.options.find((o) => o.id === q.answer)!;
    return { id: g.id, chosen: g.chosen, correct: g.correct, answerText: pick(answer.text, locale), explanation: pick(q.explanation, locale) };
  });
  return { ok: true, score: graded.score, total: graded.total, passed: graded.passed, results, saved };
}
