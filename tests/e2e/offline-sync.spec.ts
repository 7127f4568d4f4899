import { expect, test, type Page } from "@playwright/test";
import { controlled, newLearnerContext, savedData, signUp, uniqueEmail } from "./helpers";
import { firstTrack } from "./content-data";

// Marks made offline are kept on the device and sent when the connection returns (issue 17 item 2).
const [l1, l2, l3] = firstTrack.lessons;
const lesson = (slug: string, prefix = "/en") => `${prefix}/tracks/${firstTrack.slug}/${slug}`;
const WILL_SYNC = "Kept on this device — will sync when you are back online.";

type Exported = { completions: { lessonId: string }[]; checklist: { item: string }[]; notes: { lessonId: string; body: string }[] };
const exported = async (email: string) => (await savedData(email)) as unknown as Exported;

const queue = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("ks-queue") ?? "null") as { owner: number; ops: { kind: string }[] } | null);

async function signOut(page: Page) {
  await page.getByTestId("account-menu").locator("summary").click();
  await page.getByTestId("account-menu").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
}

test("offline: two lessons marked, a checklist tick and a note are kept, shown as 'will sync', and saved once each when back online", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("offline-sync");
  await signUp(page, { email, locale: "en" });
  // Opened online first, so the service worker keeps them (signed-in copies) and their scripts.
  await page.goto(lesson(l1!.slug));
  await controlled(page);
  for (const path of [lesson(l1!.slug), lesson(l2!.slug), "/en/checklist"]) await page.goto(path);

  await context.setOffline(true);
  await page.goto(lesson(l1!.slug));
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.getByTestId("mark-lesson").first().click();
  await expect(page.getByTestId("lesson-completed")).toBeVisible();
  await expect(page.getByTestId("will-sync")).toHaveText(WILL_SYNC);
  await page.getByTestId("note-body").fill("Written on the bus, no signal");
  await page.getByTestId("note-save").click();
  await expect(page.getByTestId("note-status")).toHaveText(WILL_SYNC);

  await page.goto(lesson(l2!.slug));
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.getByTestId("mark-lesson").first().click();
  await expect(page.getByTestId("will-sync")).toHaveText(WILL_SYNC);

  await page.goto("/en/checklist");
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.locator("#item-internet").check();
  await expect(page.getByTestId("will-sync")).toHaveText(WILL_SYNC);
  await page.screenshot({ path: test.info().outputPath("checklist-will-sync-en.png") });
  // "Save checklist" offline keeps the page (and the tick) instead of failing.
  await page.getByRole("button", { name: "Save checklist" }).click();
  await expect(page.getByTestId("will-sync")).toHaveText(WILL_SYNC);
  await expect(page.locator("#item-internet")).toBeChecked();

  // Back to the first lesson, still offline: the saved copy shows what is waiting on the device.
  await page.goto(lesson(l1!.slug));
  await expect(page.getByTestId("lesson-completed")).toBeVisible();
  await expect(page.getByTestId("will-sync")).toHaveText(WILL_SYNC);
  await expect(page.getByTestId("note-body")).toHaveValue("Written on the bus, no signal");
  await page.screenshot({ path: test.info().outputPath("will-sync-en.png"), fullPage: true });
  expect((await queue(page))?.ops.map((o) => o.kind)).toEqual(["lesson", "note", "lesson", "checklist"]);
  let saved = await exported(email);
  expect(saved.completions).toEqual([]);
  expect(saved.notes).toEqual([]);

  // Online again: the page sends the queue in order and the notes go away.
  await context.setOffline(false);
  await expect(page.getByTestId("will-sync")).toHaveCount(0);
  await expect(page.getByTestId("note-status")).toHaveText("Note saved");
  await expect.poll(() => queue(page)).toBeNull();
  saved = await exported(email);
  expect(saved.completions.map((c) => c.lessonId).sort()).toEqual([l1!.id, l2!.id].sort());
  expect(saved.checklist.map((c) => c.item)).toEqual(["internet"]);
  expect(saved.notes.map((n) => [n.lessonId, n.body])).toEqual([[l1!.id, "Written on the bus, no signal"]]);

  // A reload sends nothing twice, and another browser of the same learner sees it all.
  await page.reload();
  await expect(page.getByTestId("lesson-completed")).toBeVisible();
  const fresh = await newLearnerContext(browser);
  const other = await fresh.newPage();
  await other.goto("/en/signin");
  await other.locator('input[name="email"]').fill(email);
  await other.locator('input[name="password"]').fill("river boat at sunrise 42");
  await other.locator('form button[type="submit"]').click();
  await expect(other).toHaveURL(/\/dashboard$/);
  await other.goto(lesson(l2!.slug));
  await expect(other.getByTestId("lesson-completed")).toBeVisible();
  await other.goto(lesson(l1!.slug));
  await expect(other.getByTestId("note-body")).toHaveValue("Written on the bus, no signal");
  await other.goto("/en/checklist");
  await expect(other.locator("#item-internet")).toBeChecked();
  saved = await exported(email);
  expect(saved.completions).toHaveLength(2);
  expect(saved.checklist).toHaveLength(1);
  expect(saved.notes).toHaveLength(1);
  await fresh.close();
  await context.close();
});

test("'done, next' offline keeps the mark and opens the next lesson's saved copy; Bengali says it will sync", async ({ browser }) => {
  const context = await newLearnerContext(browser, { viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const email = uniqueEmail("offline-next");
  await signUp(page, { email, locale: "bn" });
  await page.goto(lesson(l1!.slug, ""));
  await controlled(page);
  for (const path of [lesson(l1!.slug, ""), lesson(l2!.slug, "")]) await page.goto(path);
  await context.setOffline(true);
  await page.goto(lesson(l1!.slug, ""));
  await page.getByTestId("done-next").click();
  await expect(page).toHaveURL(new RegExp(`/tracks/${firstTrack.slug}/${l2!.slug}$`));
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.goto(lesson(l1!.slug, ""));
  await expect(page.getByTestId("will-sync")).toHaveText("এই ডিভাইসে রাখা আছে — ইন্টারনেট ফিরলে সার্ভারে জমা হবে।");
  await page.getByTestId("will-sync").scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("will-sync-bn-360.png") });
  await context.setOffline(false);
  await expect(page.getByTestId("will-sync")).toHaveCount(0);
  await expect.poll(async () => (await exported(email)).completions.map((c) => c.lessonId)).toEqual([l1!.id]);
  await context.close();
});

test("after sign-out no queued marks and no signed-in pages remain; another learner's queue is never sent", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("offline-signout-queue");
  await signUp(page, { email, locale: "en" });
  await page.goto(lesson(l3!.slug));
  await controlled(page);
  await page.goto(lesson(l3!.slug));

  await context.setOffline(true);
  await page.goto(lesson(l3!.slug));
  await page.getByTestId("mark-lesson").first().click();
  await expect(page.getByTestId("will-sync")).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem("ks-queue"));
  expect(kept).toContain(l3!.id);
  // Still offline when the learner leaves: the copy made offline is what sign-out finds.
  await context.setOffline(false);
  await expect(page.getByTestId("will-sync")).toHaveCount(0);
  await page.evaluate((value) => localStorage.setItem("ks-queue", value!), kept);

  await signOut(page);
  await expect.poll(() => queue(page)).toBeNull();
  await expect
    .poll(() => page.evaluate(async () => ((await caches.has("ks-private")) ? (await (await caches.open("ks-private")).keys()).length : 0)))
    .toBe(0);

  // Another learner signs in on this device with the first one's queue still there: dropped, not sent.
  const second = uniqueEmail("offline-second");
  await signUp(page, { email: second, locale: "en" });
  await page.evaluate((value) => localStorage.setItem("ks-queue", value!), kept);
  await page.goto(lesson(l2!.slug));
  await expect.poll(() => queue(page)).toBeNull();
  expect((await exported(second)).completions).toEqual([]);
  await context.close();
});
