import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lessonCheckSchema } from "@/lib/content/schema";
import { loadContentDir } from "@/lib/content/validate";

const CONTENT = path.resolve(__dirname, "../../content");
const real = loadContentDir(CONTENT);
const BENGALI = /[\u0980-\u09FF]/;
// A check file as JSON, loosely typed on purpose: the tests break it in ways the schema refuses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BrokenCheck = any;

/** A copy of content/ with one check file changed by `edit`. */
function brokenCopy(lessonId: string, edit: (check: BrokenCheck) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kajshekha-checks-"));
  cpSync(CONTENT, dir, { recursive: true });
  const file = path.join(dir, "checks", `${lessonId}.json`);
  const check = JSON.parse(readFileSync(file, "utf8"));
  edit(check);
  writeFileSync(file, JSON.stringify(check));
  return dir;
}

describe("knowledge checks in content/", () => {
  const curriculum = real.curriculum!;
  const lessons = curriculum.tracks.flatMap((t) => t.lessons);

  it("load without a problem", () => {
    expect(real.problems).toEqual([]);
  });

  it("give every lesson 3 to 5 questions with 3 or 4 distinct options and one answer, in both languages", () => {
    const checked = lessons.filter((l) => curriculum.checks[l.id]);
    expect(checked.length).toBe(lessons.length);
    expect(checked.length).toBeGreaterThanOrEqual(150);
    for (const lesson of checked) {
      const questions = curriculum.checks[lesson.id]!;
      expect(questions.length, lesson.id).toBeGreaterThanOrEqual(3);
      expect(questions.length, lesson.id).toBeLessThanOrEqual(5);
      for (const q of questions) {
        expect(q.id.startsWith(`${lesson.id}-`), q.id).toBe(true);
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
        expect(q.options.length, q.id).toBeLessThanOrEqual(4);
        expect(q.options.filter((o) => o.id === q.answer), q.id).toHaveLength(1);
        for (const l of ["bn", "en"] as const) {
          expect(new Set(q.options.map((o) => o.text[l])).size, `${q.id} ${l}`).toBe(q.options.length);
          for (const text of [q.question[l], q.explanation[l], ...q.options.map((o) => o.text[l])]) expect(text.trim().length, q.id).toBeGreaterThan(0);
        }
        expect(BENGALI.test(q.question.bn) && BENGALI.test(q.explanation.bn), q.id).toBe(true);
      }
    }
  });

  it("keep question ids unique across the curriculum", () => {
    const ids = Object.values(curriculum.checks).flatMap((qs) => qs.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  const first = lessons[0]!.id;
  const problemsOf = (edit: (check: BrokenCheck) => void) => loadContentDir(brokenCopy(first, edit)).problems.filter((p) => p.file === `checks/${first}.json`);

  it("refuse a question with the same option twice", () => {
    const problems = problemsOf((c) => {
      c.questions[0].options[1].text = { ...c.questions[0].options[0].text };
    });
    expect(problems.some((p) => p.message.includes("distinct"))).toBe(true);
  });

  it("refuse a question with two answers, or an answer that is not an option", () => {
    expect(problemsOf((c) => (c.questions[0].answer = ["a", "b"])).length).toBeGreaterThan(0);
    expect(problemsOf((c) => {
      c.questions[0].options = c.questions[0].options.slice(0, 3);
      c.questions[0].answer = "d";
    }).some((p) => p.path.startsWith("questions.0.answer"))).toBe(true);
  });

  it("refuse a question, option or explanation missing a language", () => {
    expect(problemsOf((c) => delete c.questions[0].question.en).some((p) => p.path === "questions.0.question.en")).toBe(true);
    expect(problemsOf((c) => delete c.questions[1].options[2].text.bn).some((p) => p.path === "questions.1.options.2.text.bn")).toBe(true);
    expect(problemsOf((c) => delete c.questions[2].explanation.bn).some((p) => p.path === "questions.2.explanation.bn")).toBe(true);
  });

  it("refuse fewer than 3 or more than 5 questions", () => {
    expect(problemsOf((c) => (c.questions = c.questions.slice(0, 2))).length).toBeGreaterThan(0);
    expect(lessonCheckSchema.safeParse({ lesson: "x", questions: [] }).success).toBe(false);
  });

  it("report a lesson without a check", () => {
    const dir = brokenCopy(first, () => {});
    rmSync(path.join(dir, "checks", `${first}.json`));
    expect(loadContentDir(dir).problems.some((p) => p.file === `checks/${first}.json` && p.message.includes("needs a knowledge check"))).toBe(true);
  });
});
