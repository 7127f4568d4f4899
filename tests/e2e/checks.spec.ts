import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newLearnerContext, savedData, signUp, uniqueEmail } from "./helpers";
import { firstTrack } from "./content-data";
import path from "node:path";
import { loadContentDir } from "../../lib/content/validate";

const checks = loadContentDir(path.resolve("content")).curriculum!.checks;

async function savedChecks(email: string) {
  const data = (await savedData(email)) as unknown as { checks: { lessonId: string; score: number; bestScore: number; attempts: number }[] } | null;
  return data?.checks ?? [];
}

/** Picks the right answer for every question, or a wrong one for the first. */
async function answer(page: Page, lessonId: string, wrongFirst: boolean) {
  const questions = checks[lessonId]!;
  for (const [i, q] of questions.entries()) {
    const option = wrongFirst && i === 0 ? q.options.find((o) => o.id !== q.answer)!.id : q.answer;
    await page.locator(`input[name="answer:${q.id}"][value="${option}"]`).check();
  }
}

for (const locale of ["bn", "en"] as const) {
  const prefix = locale === "en" ? "/en" : "";
  const L =
    locale === "en"
      ? { submit: /Check (my answers|again)/, wrong: "Not quite.", bestFull: "Check passed", passed: "Checks passed: 1 of", review: "Review these" }
      : { submit: /মিলিয়ে দেখুন/, wrong: "ঠিক হয়নি।", bestFull: "যাচাইয়ে উত্তীর্ণ।", passed: "টির মধ্যে ১টি", review: "এগুলো আবার দেখুন" };

  for (const js of [true, false]) {
    test(`a learner answers a check wrong then right ${js ? "with" : "without"} JavaScript in ${locale}`, async ({ browser }) => {
      const setup = await newLearnerContext(browser);
      const email = uniqueEmail(`check-${locale}-${js}`);
      await signUp(await setup.newPage(), { email, locale });
      const cookies = await setup.cookies();
      await setup.close();
      const context = await newLearnerContext(browser, { javaScriptEnabled: js });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const lesson = firstTrack.lessons[js ? 1 : 2]!;
      const questions = checks[lesson.id]!;
      await page.goto(`${prefix}/tracks/${firstTrack.slug}/${lesson.slug}`);
      const section = page.getByTestId("check-yourself");
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(locale === "en" ? "Check yourself" : "নিজেকে যাচাই করুন");
      await expect(section.getByTestId("check-result")).toHaveCount(0);

      await answer(page, lesson.id, true);
      await section.getByRole("button", { name: L.submit }).click();
      await expect(section.getByTestId("check-result")).toHaveCount(questions.length);
      await expect(section.getByTestId("check-result").first()).toContainText(L.wrong);
      await expect(section.getByTestId("check-result").first()).toContainText(questions[0]!.explanation[locale]);
      await expect(section.getByTestId("check-best")).not.toContainText(L.bestFull);
      await expect.poll(async () => (await savedChecks(email)).map((c) => c.score)).toEqual([questions.length - 1]);

      await answer(page, lesson.id, false);
      await section.getByRole("button", { name: L.submit }).click();
      await expect(section.getByTestId("check-best")).toContainText(L.bestFull);
      await expect(section.getByTestId("check-result").filter({ hasText: L.wrong })).toHaveCount(0);
      expect(await savedChecks(email)).toEqual([expect.objectContaining({ lessonId: lesson.id, score: questions.length, bestScore: questions.length, attempts: 2 })]);

      if (js) {
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
        await page.reload();
        await expect(section.getByTestId("check-best")).toContainText(L.bestFull);
        await page.goto(`${prefix}/tracks/${firstTrack.slug}`);
        await expect(page.getByTestId("checks-passed")).toContainText(L.passed);
      }
      // Marked done but check not passed: the dashboard suggests reviewing it.
      await page.goto(`${prefix}/dashboard`);
      await expect(page.getByTestId("checks-passed-all")).toContainText(locale === "en" ? "1" : "১");
      await context.close();
    });
  }

  test(`a visitor can take a check and is asked to sign in to save it, in ${locale}`, async ({ browser }) => {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    const lesson = firstTrack.lessons[0]!;
    await page.goto(`${prefix}/tracks/${firstTrack.slug}/${lesson.slug}`);
    await answer(page, lesson.id, false);
    await page.getByTestId("check-yourself").getByRole("button", { name: L.submit }).click();
    await expect(page.getByTestId("check-score")).toBeVisible();
    await expect(page.getByTestId("check-yourself").getByRole("link", { name: locale === "en" ? "Sign in to save your results." : "ফল সংরক্ষণ করতে সাইন ইন করুন।" })).toBeVisible();
    await context.close();
  });
}

test("the dashboard suggests reviewing a lesson marked done whose check was never taken", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("review"), locale: "en" });
  const lesson = firstTrack.lessons[3]!;
  await page.goto(`/en/tracks/${firstTrack.slug}/${lesson.slug}`);
  await page.getByTestId("mark-lesson").click();
  await expect(page.getByTestId("lesson-completed")).toBeVisible();
  await page.goto("/en/dashboard");
  const review = page.getByTestId("review-these");
  await expect(review).toContainText("Review these");
  await expect(review.getByRole("link", { name: lesson.title.en })).toBeVisible();
  await expect(review).toContainText("check not taken");
  await context.close();
});

test("a forged post with an option id that does not exist is refused and saves nothing", async ({ browser }) => {
  const context = await newLearnerContext(browser, { javaScriptEnabled: false });
  const setup = await newLearnerContext(browser);
  const email = uniqueEmail("forged");
  await signUp(await setup.newPage(), { email, locale: "en" });
  await context.addCookies(await setup.cookies());
  await setup.close();
  const page = await context.newPage();
  const lesson = firstTrack.lessons[4]!;
  await page.goto(`/en/tracks/${firstTrack.slug}/${lesson.slug}`);
  // The browser's own form, with the first question's choice replaced by an option that isn't there.
  const form = page.getByTestId("check-yourself").locator("form");
  const fields: [string, string][] = await form.locator("input[type=hidden]").evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value]));
  const multipart: Record<string, string> = Object.fromEntries(fields);
  for (const q of checks[lesson.id]!) multipart[`answer:${q.id}`] = q.answer;
  multipart[`answer:${checks[lesson.id]![0]!.id}`] = "z";
  const res = await page.request.post(page.url(), { multipart, headers: { origin: new URL(page.url()).origin } });
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain("One of the answers is not an option of this check. Nothing was saved");
  expect(await savedChecks(email)).toEqual([]);
  await context.close();
});
