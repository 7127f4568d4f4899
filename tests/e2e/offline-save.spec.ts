import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { controlled, newLearnerContext, signUp, uniqueEmail } from "./helpers";
import { firstTrack } from "./content-data";

// "Save this track for offline" (issue 17 item 1), against the production build's service worker.
const trackPath = (prefix: string) => `${prefix}/tracks/${firstTrack.slug}`;
const lessonPaths = (prefix: string) => firstTrack.lessons.map((l) => `${trackPath(prefix)}/${l.slug}`);

/** Every URL kept in Cache Storage (full URLs), by cache. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });

test("save a track: the size shown matches what is downloaded, then every lesson opens offline by typed URL and by link", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await page.goto(trackPath("/en"));
  await controlled(page);

  const control = page.getByTestId("save-track");
  await expect(control.getByRole("heading", { name: "Read this track offline" })).toBeVisible();
  const size = page.getByTestId("save-track-size");
  const bytes = Number(await size.getAttribute("data-bytes"));
  expect(bytes).toBeGreaterThan(10_000);
  const mb = (bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1);
  await expect(size).toHaveText(`About ${mb} MB will be downloaded.`);
  const button = page.getByTestId("save-track-button");
  await expect(button).toHaveText("Save this track for offline");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // What the save really downloads: the compressed bodies of the lesson pages it fetches.
  const wanted = new Set(lessonPaths("/en"));
  const downloads: Promise<number>[] = [];
  const fetched: string[] = [];
  const assets: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    const url = new URL(request.url());
    if (request.resourceType() !== "fetch" || url.search) return;
    // The lesson pages' own scripts, when the device lacks them, are part of the save too (one the
    // browser's HTTP cache still holds comes from there: nothing downloaded, a negative size here).
    if (url.pathname.startsWith("/_next/static/")) assets.push(request.sizes().then((s) => Math.max(0, s.responseBodySize)));
    if (!wanted.has(url.pathname)) return;
    fetched.push(url.pathname);
    downloads.push(request.sizes().then((s) => s.responseBodySize));
  });
  // The progress bar is seen while saving (recorded as it appears: saving a few pages is quick here).
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="save-track-progress"]');
      if (bar) w.seen.push(`${bar.getAttribute("aria-label")}:${(bar as HTMLProgressElement).max}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await button.click();
  const status = page.getByTestId("save-track-status");
  await expect(status).toHaveText(`Saved for offline: all ${firstTrack.lessons.length} lessons open without internet on this device.`);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain(`Saving for offline:${firstTrack.lessons.length}`);
  await expect.poll(() => downloads.length).toBe(firstTrack.lessons.length);
  expect(fetched.sort()).toEqual([...wanted].sort());
  const pages = (await Promise.all(downloads)).reduce((a, b) => a + b, 0);
  const scripts = (await Promise.all(assets)).reduce((a, b) => a + b, 0);
  const downloaded = pages + scripts;
  console.log(`[offline-save] shown ${bytes} bytes, downloaded ${downloaded} bytes (${pages} in ${downloads.length} pages, ${scripts} in ${assets.length} scripts; ${((bytes / downloaded - 1) * 100).toFixed(1)}%)`);
  expect(Math.abs(bytes - downloaded) / downloaded).toBeLessThanOrEqual(0.25);

  // Remembered: a reload says it is saved, with a way to update it.
  await page.reload();
  await expect(status).toHaveText(/^Saved for offline/);
  await expect(button).toHaveText("Update the saved copy");
  await page.screenshot({ path: test.info().outputPath("save-track-en.png"), fullPage: true });

  // Nothing from YouTube or /api, nothing from another origin.
  const urls = Object.values(await cachedUrls(page)).flat();
  const origin = new URL(page.url()).origin;
  expect(urls.filter((u) => !u.startsWith(origin))).toEqual([]);
  expect(urls.filter((u) => new URL(u).pathname.startsWith("/api/"))).toEqual([]);
  for (const path of wanted) expect(urls).toContain(`${origin}${path}`);

  await context.setOffline(true);
  // Typed URL: every lesson, with the banner.
  for (const [i, path] of lessonPaths("/en").entries()) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTrack.lessons[i]!.title.en);
    await expect(page.getByTestId("offline-banner")).toHaveText("You are offline — showing the saved copy.");
  }
  // By link: from the track page to each lesson, and from lesson to lesson.
  for (const lesson of firstTrack.lessons) {
    await page.goto(trackPath("/en"));
    await expect(page.getByTestId("offline-banner")).toBeVisible();
    await page.getByRole("link", { name: lesson.title.en, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/tracks/${firstTrack.slug}/${lesson.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title.en);
    await expect(page.getByTestId("offline-banner")).toBeVisible();
  }
  await page.goto(lessonPaths("/en")[0]!);
  for (const lesson of firstTrack.lessons.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title.en);
    await expect(page.getByTestId("offline-banner")).toBeVisible();
  }
  await context.setOffline(false);
  await context.close();
});

test("in Bengali the size is in Bengali digits, and the lessons saved are the Bengali pages", async ({ browser }) => {
  const context = await newLearnerContext(browser, { viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(trackPath(""));
  await controlled(page);
  const size = page.getByTestId("save-track-size");
  const bytes = Number(await size.getAttribute("data-bytes"));
  const mb = new Intl.NumberFormat("bn-BD", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bytes / 1e6);
  await expect(size).toHaveText(`প্রায় ${mb} এমবি ডাউনলোড হবে।`);
  await page.getByTestId("save-track-button").click();
  await expect(page.getByTestId("save-track-status")).toHaveAttribute("data-state", "saved");
  await page.getByTestId("save-track").scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("save-track-bn-360.png") });
  const urls = Object.values(await cachedUrls(page)).flat().map((u) => new URL(u).pathname);
  for (const path of lessonPaths("")) expect(urls).toContain(path);
  await context.setOffline(true);
  const last = firstTrack.lessons.at(-1)!;
  await page.goto(lessonPaths("").at(-1)!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(last.title.bn);
  await expect(page.getByTestId("offline-banner")).toHaveText("আপনি অফলাইনে আছেন — সেভ করা কপি দেখানো হচ্ছে।");
  await context.setOffline(false);
  await context.close();
});

test("without JavaScript the track page shows no save control", async ({ browser }) => {
  const context = await newLearnerContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(trackPath("/en"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTrack.title.en);
  await expect(page.getByTestId("save-track")).toHaveCount(0);
  await context.close();
});

test("with the data saver on, the control says how much of the learner's data the save uses", async ({ browser, baseURL }) => {
  const context = await newLearnerContext(browser);
  await context.addCookies([{ name: "ks_save", value: "1", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto(trackPath("/en"));
  await controlled(page);
  const size = page.getByTestId("save-track-size");
  const bytes = Number(await size.getAttribute("data-bytes"));
  await expect(size).toHaveText(`Data saver is on: this download uses about ${(bytes / 1e6).toFixed(2)} MB of your data.`);
  await expect(page.getByTestId("save-track-button")).toBeEnabled();
  await context.close();
});

test("signed in, the saved lessons are the learner's own copies, kept apart and gone after sign-out", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("offline-save-signed-in"), locale: "en" });
  await page.goto(trackPath("/en"));
  await controlled(page);
  await page.getByTestId("save-track-button").click();
  await expect(page.getByTestId("save-track-status")).toHaveAttribute("data-state", "saved");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  const paths = async (name: string) => ((await cachedUrls(page))[name] ?? []).map((u) => new URL(u).pathname);
  for (const path of lessonPaths("/en")) {
    expect(await paths("ks-private")).toContain(path);
    expect(await paths("ks-pages")).not.toContain(path);
  }
  // Every script and style the saved signed-in copies name is on the device too (the notes form's
  // chunk is not on a visitor's page), so they run offline.
  const missing = await page.evaluate(async () => {
    const out: string[] = [];
    for (const request of await (await caches.open("ks-private")).keys()) {
      const html = await (await (await caches.open("ks-private")).match(request))!.text();
      for (const m of html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)"/g)) if (!(await caches.match(m[1]!))) out.push(m[1]!);
    }
    return [...new Set(out)];
  });
  expect(missing).toEqual([]);
  // Offline, a saved lesson is the signed-in copy: the learner's own notes box, not "sign in".
  await context.setOffline(true);
  await page.goto(lessonPaths("/en").at(-1)!);
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await expect(page.getByTestId("note-body")).toBeVisible();
  await context.setOffline(false);

  await page.goto(trackPath("/en"));
  await page.getByTestId("account-menu").locator("summary").click();
  await page.getByTestId("account-menu").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect.poll(() => paths("ks-private")).toEqual([]);
  // Signed out, the track no longer reads as saved.
  await page.goto(trackPath("/en"));
  await expect(page.getByTestId("save-track-button")).toHaveText("Save this track for offline");
  await context.close();
});
