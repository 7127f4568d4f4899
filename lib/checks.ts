// Grading a knowledge check, on the server, from content only: the browser sends which option it
// chose per question and nothing else counts.
import type { CheckQuestion } from "./content/schema";

export type GradedQuestion = { id: string; chosen: string; answer: string; correct: boolean };
export type Grade =
  | { ok: true; score: number; total: number; passed: boolean; questions: GradedQuestion[]; answers: Record<string, string> }
  | { ok: false; error: "unknownOption" | "answerAll" };

/**
 * Grades `chosen` (question id to option id) against the lesson's questions. An id that is not a
 * question of this lesson, or an option that question does not have, refuses the whole attempt;
 * so does a question left unanswered.
 */
export function gradeCheck(questions: readonly CheckQuestion[], chosen: Record<string, string>): Grade {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [id, option] of Object.entries(chosen)) {
    const q = byId.get(id);
    if (!q || !q.options.some((o) => o.id === option)) return { ok: false, error: "unknownOption" };
  }
  if (questions.some((q) => chosen[q.id] === undefined)) return { ok: false, error: "answerAll" };
  const graded = questions.map((q) => ({ id: q.id, chosen: chosen[q.id]!, answer: q.answer, correct: chosen[q.id] === q.answer }));
  const score = graded.filter((g) => g.correct).length;
  const answers = Object.fromEntries(graded.map((g) => [g.id, g.chosen]));
  return { ok: true, score, total: questions.length, passed: score === questions.length, questions: graded, answers };
}

/** Checks passed among these lessons: every question right in one attempt. */
export function checksPassed(lessonIds: readonly string[], passed: ReadonlySet<string>): number {
  return lessonIds.filter((id) => passed.has(id)).length;
}

/**
 * "Review these": lessons marked done whose check was never passed (failed or not taken), in the
 * order given (newest completion first, say). Lessons without a check are left out.
 */
export function lessonsToReview(doneInOrder: readonly string[], passed: ReadonlySet<string>, hasCheck: (id: string) => boolean): string[] {
  return doneInOrder.filter((id) => hasCheck(id) && !passed.has(id));
}
