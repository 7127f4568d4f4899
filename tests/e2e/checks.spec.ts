import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newLearnerContext, savedData, signUp, uniqueEmail } from "./helpers";
import { firstTrack } from "./content-data";
import path from "node:path";
import { loadContentDir } from "../../lib/content/validate";

const checks = loadContentDir(path.resolve("content")).curriculum!.checks;
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const bnDigits = (n: number) => new Intl.NumberFormat("bn-BD").format(n);

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
      ? { submit: /Check (my answers|again)/, wrong: "Not quite.", bestFull: "Check passed", passedOf: (n: number) => `Checks passed: 1 of ${n}` }
      : { submit: /মিলিয়ে দেখুন/, wrong: "ঠিক হয়নি।", bestFull: "যাচাইয়ে উত্তীর্ণ।", passedOf: (n: number) => `যাচাইয়ে উত্তীর্ণ: ${bnDigits(n)}টির মধ্যে ১টি` };

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
      // With JavaScript the answers come back in place: this mark would not survive a reload.
      if (js) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
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
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
      }
      // The saved best score is in the page the server renders for this learner, with or without JavaScript.
      // (A fresh visit: reloading after a post without JavaScript would post the answers again.)
      await page.goto(`${prefix}/tracks/${firstTrack.slug}/${lesson.slug}`);
      await expect(section.getByTestId("check-best")).toContainText(L.bestFull);
      await expect(section.getByTestId("check-result")).toHaveCount(0);
      // The track page counts the passed check beside the lessons done.
      await page.goto(`${prefix}/tracks/${firstTrack.slug}`);
      await expect(page.getByTestId("checks-passed")).toHaveText(L.passedOf(firstTrack.lessons.length));
      await page.goto(`${prefix}/dashboard`);
      await expect(page.getByTestId("checks-passed-all")).toContainText(locale === "en" ? "1" : "১");
      if (js) {
        // The lesson's visit started the track: its card counts the passed check too.
        await expect(page.getByTestId("checks-passed")).toHaveText(L.passedOf(firstTrack.lessons.length));
      }
      await context.close();
    });
  }

  for (const js of [true, false]) {
    test(`a visitor takes a check on the prerendered page ${js ? "with" : "without"} JavaScript at 360 px and is asked to sign in to save it, in ${locale}`, async ({ browser }) => {
      const context = await newLearnerContext(browser, { javaScriptEnabled: js, ...phone });
      const page = await context.newPage();
      const lesson = firstTrack.lessons[0]!;
      const questions = checks[lesson.id]!;
      const response = await page.goto(`${prefix}/tracks/${firstTrack.slug}/${lesson.slug}`);
      const headers = response!.headers();
      expect(headers["x-nextjs-prerender"] ?? headers["x-served-from"], "served prerendered").toBeTruthy();
      if (js) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      const section = page.getByTestId("check-yourself");
      await answer(page, lesson.id, true);
      await section.getByRole("button", { name: L.submit }).click();
      await expect(section.getByTestId("check-score")).toBeVisible();
      await expect(section.getByTestId("check-result").first()).toContainText(L.wrong);
      await expect(section.getByTestId("check-result").first()).toContainText(questions[0]!.explanation[locale]);
      await expect(section.getByTestId("check-best")).toHaveCount(0);
      await expect(section.getByRole("link", { name: locale === "en" ? "Sign in to save your results." : "ফল সংরক্ষণ করতে সাইন ইন করুন।" })).toBeVisible();
      if (js) expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await context.close();
    });
  }
}

for (const locale of ["bn", "en"] as const) {
  test(`the dashboard suggests reviewing lessons marked done whose check was failed or never taken, in ${locale}`, async ({ browser }) => {
    const prefix = locale === "en" ? "/en" : "";
    const T =
      locale === "en"
        ? { title: "Review these", never: "check not taken", failed: (n: number) => `best score ${n - 1} of ${n}`, submit: "Check my answers", again: "Check again" }
        : { title: "এগুলো আবার দেখুন", never: "যাচাই এখনো দেননি", failed: (n: number) => `সেরা ফল ${bnDigits(n)}টির মধ্যে ${bnDigits(n - 1)}টি`, submit: "উত্তর মিলিয়ে দেখুন", again: "আবার মিলিয়ে দেখুন" };
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    await signUp(page, { email: uniqueEmail(`review-${locale}`), locale });
    const [never, failed] = [firstTrack.lessons[3]!, firstTrack.lessons[4]!];
    // Marking done is never blocked by a check: neither lesson's check has been passed.
    for (const lesson of [never, failed]) {
      await page.goto(`${prefix}/tracks/${firstTrack.slug}/${lesson.slug}`);
      await page.getByTestId("mark-lesson").click();
      await expect(page.getByTestId("lesson-completed")).toBeVisible();
    }
    const section = page.getByTestId("check-yourself");
    await answer(page, failed.id, true);
    await section.getByRole("button", { name: T.submit }).click();
    await expect(section.getByTestId("check-score")).toBeVisible();

    await page.goto(`${prefix}/dashboard`);
    const review = page.getByTestId("review-these");
    await expect(review.getByRole("heading")).toHaveText(T.title);
    const items = review.getByRole("listitem");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(never.title[locale]);
    await expect(items.nth(0)).toContainText(T.never);
    await expect(items.nth(1)).toContainText(failed.title[locale]);
    await expect(items.nth(1)).toContainText(T.failed(checks[failed.id]!.length));
    await items.nth(1).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${failed.slug}#check-yourself$`));

    // Passed now: it leaves the list.
    await answer(page, failed.id, false);
    await section.getByRole("button", { name: T.submit }).click();
    await expect(section.getByRole("button", { name: T.again })).toBeVisible();
    await page.goto(`${prefix}/dashboard`);
    await expect(items).toHaveCount(1);
    await expect(items.nth(0)).toContainText(never.title[locale]);
    await context.close();
  });
}

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
