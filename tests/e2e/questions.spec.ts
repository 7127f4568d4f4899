import { execFileSync } from "node:child_process";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { tracks } from "./content-data";
import { newLearnerContext, savedData, signUp, uniqueEmail } from "./helpers";

// The server's database, for `npm run user:role`: E2E_DATABASE_URL, or the run's SQLite file.
const databaseUrl = process.env.E2E_DATABASE_URL ?? path.join(process.env.E2E_DATA_DIR!, "e2e.db");
/** The learner's own posts as the server saved them, read through "Download my data". */
async function savedPosts(email: string) {
  const data = (await savedData(email)) as unknown as { questions?: { body: string }[]; answers?: { body: string }[] } | null;
  return { questions: (data?.questions ?? []).map((q) => q.body), answers: (data?.answers ?? []).map((a) => a.body) };
}

type Locale = "bn" | "en";
const L = {
  bn: { title: "প্রশ্নোত্তর", field: "আপনার প্রশ্ন", ask: "জিজ্ঞেস করুন", answerField: "আপনার উত্তর", postAnswer: "উত্তর দিন", solvedIt: "এতে সমাধান হয়েছে", report: "রিপোর্ট", helpful: "কাজে লেগেছে", limit: "গত এক ঘণ্টায় আপনি ৫টি প্রশ্ন করেছেন", answerLimit: "গত এক ঘণ্টায় আপনি ২০টি উত্তর দিয়েছেন", long: "২,০০০ অক্ষরের মধ্যে লিখুন।", solved: "সমাধান হয়েছে", deletedLearner: "মুছে ফেলা শিক্ষার্থী" },
  en: { title: "Questions", field: "Your question", ask: "Ask", answerField: "Your answer", postAnswer: "Post answer", solvedIt: "This solved it", report: "Report", helpful: "Helpful", limit: "You have asked 5 questions in the last hour", answerLimit: "You have posted 20 answers in the last hour", long: "Keep it to 2,000 characters or fewer.", solved: "Solved", deletedLearner: "deleted learner" },
} as const;

// Each test gets lessons of its own, so tests running in parallel never see each other's posts.
const lessons = tracks.flatMap((t) => t.lessons.map((l) => ({ track: t.slug, lesson: l.slug, id: l.id })));
const lessonFor = (n: number) => lessons[(n * 7 + 3) % lessons.length]!;
const prefix = (locale: Locale) => (locale === "en" ? "/en" : "");
const questionsPath = (locale: Locale, l: { track: string; lesson: string }) => `${prefix(locale)}/tracks/${l.track}/${l.lesson}/questions`;

async function learner(browser: Browser, locale: Locale, name: string, js = true) {
  const context = await newLearnerContext(browser, { javaScriptEnabled: js });
  const page = await context.newPage();
  const email = uniqueEmail(name.toLowerCase());
  await signUp(page, { name, email, locale });
  return { page, email, context };
}

async function ask(page: Page, locale: Locale, text: string) {
  await page.getByLabel(L[locale].field, { exact: true }).fill(text);
  await page.getByRole("button", { name: L[locale].ask, exact: true }).click();
}

const question = (page: Page, text: string) => page.getByTestId("question").filter({ hasText: text });

for (const locale of ["bn", "en"] as const) {
  test.describe(`questions and answers (${locale})`, () => {
    test("A asks, B answers, A marks it solved and B's answer comes first; without JavaScript", async ({ browser }) => {
      const where = lessonFor(0 + (locale === "en" ? 10 : 0));
      const a = await learner(browser, locale, "Asker", false);
      const b = await learner(browser, locale, "Helper", false);
      const c = await learner(browser, locale, "Other", false);
      const text = `How do I start the practice task? ${locale} ${Date.now()}`;

      await a.page.goto(questionsPath(locale, where));
      await expect(a.page.getByRole("heading", { level: 1, name: L[locale].title })).toBeVisible();
      await ask(a.page, locale, text);
      await expect(question(a.page, text)).toBeVisible();

      for (const [who, body] of [[c, "Watch the first video again, then try."], [b, "Open the template first, then fill each part."]] as const) {
        await who.page.goto(questionsPath(locale, where));
        const q = question(who.page, text);
        await q.getByLabel(L[locale].answerField, { exact: true }).fill(body);
        await q.getByRole("button", { name: L[locale].postAnswer }).click();
        await expect(question(who.page, text).getByTestId("answer").filter({ hasText: body })).toBeVisible();
      }

      await a.page.goto(questionsPath(locale, where));
      const bAnswer = question(a.page, text).getByTestId("answer").filter({ hasText: "Open the template" });
      await bAnswer.getByRole("button", { name: L[locale].solvedIt }).click();
      const q = question(a.page, text);
      await expect(q.getByTestId("question-status")).toContainText(L[locale].solved);
      await expect(q.getByTestId("answer").first()).toContainText("Open the template");
      await expect(q.getByTestId("answer").first().getByTestId("accepted")).toBeVisible();

      // Helpful: one vote per learner, toggled.
      await c.page.goto(questionsPath(locale, where));
      const onB = question(c.page, text).getByTestId("answer").filter({ hasText: "Open the template" });
      await onB.getByRole("button", { name: L[locale].helpful }).click();
      await expect(question(c.page, text).getByTestId("answer").filter({ hasText: "Open the template" }).getByRole("button", { name: L[locale].helpful })).toHaveAttribute("aria-pressed", "true");
      await question(c.page, text).getByTestId("answer").filter({ hasText: "Open the template" }).getByRole("button", { name: L[locale].helpful }).click();
      await expect(question(c.page, text).getByTestId("answer").filter({ hasText: "Open the template" }).getByRole("button", { name: L[locale].helpful })).toHaveAttribute("aria-pressed", "false");

      // The dashboard: A sees their question; C (who finished nothing) sees no waiting list item.
      await a.page.goto(`${prefix(locale)}/dashboard`);
      await expect(a.page.getByTestId("my-questions")).toContainText(text.slice(0, 30));
      for (const who of [a, b, c]) await who.context.close();
    });

    test("markup in a post shows literally and runs nothing; a Telegram link gets the warning and is not clickable", async ({ browser }) => {
      const where = lessonFor(1 + (locale === "en" ? 10 : 0));
      const a = await learner(browser, locale, "Writer");
      const evil = `<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> ${locale}`;
      await a.page.goto(questionsPath(locale, where));
      await ask(a.page, locale, evil);
      await expect(question(a.page, "window.__pwned = 1")).toBeVisible();
      await ask(a.page, locale, `Earn 5000 taka a day, join https://t.me/easy_tasks_bd now ${locale}`);
      await expect(question(a.page, "t.me/easy_tasks_bd")).toBeVisible();
      const ok = `for help ${locale}`;
      await ask(a.page, locale, `See https://www.youtube.com/watch?v=abc ${ok}`);
      await expect(question(a.page, ok)).toBeVisible();

      await a.page.reload();
      const shown = question(a.page, "window.__pwned = 1");
      await expect(shown.getByTestId("post-body")).toHaveText(evil);
      await expect(shown.locator("img")).toHaveCount(0);
      expect(await a.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(shown.getByTestId("scam-warning")).toHaveCount(0);

      const warned = question(a.page, "t.me/easy_tasks_bd");
      await expect(warned.getByTestId("scam-warning")).toBeVisible();
      await expect(warned.locator('a[href*="t.me"]')).toHaveCount(0);
      await expect(warned.getByTestId("post-body")).toContainText("(t.me)");
      await expect(question(a.page, ok).locator('a[href^="https://www.youtube.com/watch"]')).toHaveAttribute("rel", /nofollow/);
      await a.context.close();
    });

    test("a visitor reads but cannot post; pressing Ask signs them in and brings them back", async ({ browser }) => {
      const where = lessonFor(2 + (locale === "en" ? 10 : 0));
      const a = await learner(browser, locale, "Poster");
      const text = `A question visitors can read ${locale} ${Date.now()}`;
      await a.page.goto(questionsPath(locale, where));
      await ask(a.page, locale, text);
      await expect(question(a.page, text)).toBeVisible();

      const visitor = await newLearnerContext(browser);
      const page = await visitor.newPage();
      // The lesson page links to its questions.
      await page.goto(`${prefix(locale)}/tracks/${where.track}/${where.lesson}`);
      await page.getByTestId("questions-link").click();
      await expect(question(page, text)).toBeVisible();
      await expect(page.locator("textarea")).toHaveCount(0);
      await expect(page.getByRole("button", { name: L[locale].report })).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

      await page.getByTestId("ask-sign-in").click();
      await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
      await page.goto(`${prefix(locale)}/signup?callbackUrl=${encodeURIComponent(questionsPath(locale, where))}`);
      await page.locator('input[name="name"]').fill("Visitor");
      await page.locator('input[name="email"]').fill(uniqueEmail("visitor"));
      await page.locator('input[name="password"]').fill("river boat at sunrise 42");
      await page.locator('form button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`${questionsPath(locale, where).replace(/\//g, "\\/")}$`));
      await expect(page.getByLabel(L[locale].field, { exact: true })).toBeVisible();
      // Signed in, the question page is axe clean too, and fits a 360 px phone.
      await page.setViewportSize({ width: 360, height: 800 });
      const signedIn = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(signedIn.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await visitor.close();
      await a.context.close();
    });

    test("the sixth question in an hour is refused with the translated message; 2,001 characters are refused and nothing is saved", async ({ browser }) => {
      const where = lessonFor(3 + (locale === "en" ? 10 : 0));
      const a = await learner(browser, locale, "Busy", false);
      await a.page.goto(questionsPath(locale, where));
      const long = `${locale}`.padEnd(2001, "x");
      await ask(a.page, locale, long);
      await expect(a.page.getByText(L[locale].long)).toBeVisible();
      await expect(a.page.getByLabel(L[locale].field, { exact: true })).toHaveAttribute("aria-invalid", "true");
      await expect(a.page.getByLabel(L[locale].field, { exact: true })).toHaveValue(long);
      expect((await savedPosts(a.email)).questions.filter((b) => b.length > 2000)).toEqual([]);

      for (let i = 1; i <= 5; i++) {
        await ask(a.page, locale, `Question number ${i} from a busy learner ${locale}`);
        await expect(question(a.page, `Question number ${i} from a busy learner ${locale}`)).toBeVisible();
      }
      await ask(a.page, locale, `Question number 6 from a busy learner ${locale}`);
      await expect(a.page.getByRole("status").filter({ hasText: L[locale].limit })).toBeVisible();
      await expect(question(a.page, `Question number 6 from a busy learner ${locale}`)).toHaveCount(0);
      const saved = (await savedPosts(a.email)).questions;
      expect(saved).toHaveLength(5);
      expect(saved).not.toContain(`Question number 6 from a busy learner ${locale}`);
      await a.context.close();
    });

    test("the twenty-first answer in an hour is refused with the translated message", async ({ browser }) => {
      const where = lessonFor(4 + (locale === "en" ? 10 : 0));
      const a = await learner(browser, locale, "Answerer", false);
      await a.page.goto(questionsPath(locale, where));
      const text = `A question that gets many answers ${locale} ${Date.now()}`;
      await ask(a.page, locale, text);
      for (let i = 1; i <= 21; i++) {
        const q = question(a.page, text);
        await q.getByLabel(L[locale].answerField, { exact: true }).fill(`Answer number ${i} with some detail`);
        await q.getByRole("button", { name: L[locale].postAnswer }).click();
        if (i <= 20) await expect(question(a.page, text).getByTestId("answer").filter({ hasText: `Answer number ${i} with` })).toBeVisible();
      }
      await expect(question(a.page, text).getByRole("status").filter({ hasText: L[locale].answerLimit })).toBeVisible();
      const answers = (await savedPosts(a.email)).answers;
      expect(answers).toHaveLength(20);
      expect(answers).not.toContain("Answer number 21 with some detail");
      await a.context.close();
    });

    test("three reports hide a post and a moderator restores it; the decision is recorded", async ({ browser }) => {
      const where = lessonFor(5 + (locale === "en" ? 10 : 0));
      const a = await learner(browser, locale, "Author");
      const text = `A perfectly fine question someone dislikes ${locale} ${Date.now()}`;
      await a.page.goto(questionsPath(locale, where));
      await ask(a.page, locale, text);
      await expect(question(a.page, text)).toBeVisible();

      for (let i = 0; i < 3; i++) {
        const r = await learner(browser, locale, `Reporter${i}`, i !== 1);
        await r.page.goto(questionsPath(locale, where));
        await question(r.page, text).getByRole("button", { name: L[locale].report }).click();
        await expect(r.page.getByTestId("notice")).toBeVisible();
        await r.context.close();
      }
      await a.page.reload();
      await expect(a.page.getByText(text)).toHaveCount(0);
      await expect(a.page.getByTestId("post-state").first()).toBeVisible();

      const mod = await learner(browser, locale, "Moderator");
      execFileSync("npm", ["run", "-s", "user:role", "--", mod.email, "moderator"], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: "pipe",
      });
      await mod.page.goto(`${prefix(locale)}/moderation`);
      const item = mod.page.getByTestId("queue-item").filter({ hasText: text });
      await expect(item).toBeVisible();
      await item.getByTestId("restore").click();
      await expect(mod.page.getByTestId("notice")).toBeVisible();
      await expect(mod.page.getByTestId("queue-item").filter({ hasText: text })).toHaveCount(0);
      await expect(mod.page.getByTestId("moderation-log")).toBeVisible();

      await a.page.reload();
      await expect(question(a.page, text)).toBeVisible();
      // A learner who is not a moderator finds no review queue.
      const res = await a.page.goto(`${prefix(locale)}/moderation`);
      expect(res?.status()).toBe(404);
      await mod.context.close();
      await a.context.close();
    });
  });
}

test("deleting an account keeps its posts as a deleted learner's, as the delete screen says", async ({ browser }) => {
  const where = lessonFor(30);
  const a = await learner(browser, "en", "Leaver");
  const text = `A question from someone who will leave ${Date.now()}`;
  await a.page.goto(questionsPath("en", where));
  await ask(a.page, "en", text);
  await expect(question(a.page, text)).toBeVisible();
  await a.page.goto("/en/account");
  await expect(a.page.getByTestId("delete-posts-note")).toContainText("deleted learner");
  await a.page.locator('section[aria-labelledby="delete"] input[name="password"]').fill("river boat at sunrise 42");
  await a.page.locator('section[aria-labelledby="delete"] button[type="submit"]').click();
  await expect(a.page).toHaveURL(/\/en\/account-deleted$/);
  await a.page.goto(questionsPath("en", where));
  await expect(question(a.page, text)).toContainText(L.en.deletedLearner);
  await a.context.close();
});
