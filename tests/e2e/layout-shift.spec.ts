import { expect, test, type Page } from "@playwright/test";
import { countSaved, newLearnerContext, signUp, uniqueEmail } from "./helpers";
import { tracks } from "./content-data";

// Issue 11: a signed-in learner's marks are in the first HTML (the signed-in twins), so nothing
// moves when the page's scripts and the learner state arrive. Measured the way Lighthouse does
// (the browser's layout-shift entries, buffered from navigation start), at 360 px on a slow,
// high-latency connection where a late update would show.
const track = tracks.find((t) => t.slug === "web-design")!;
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

async function cumulativeShift(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 300, downloadThroughput: 200 * 1024, uploadThroughput: 100 * 1024 });
  await page.goto(url, { waitUntil: "load" });
  // Give the learner state request and hydration time to land, then read every shift so far.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const value = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(sum), 100);
      }),
  );
  await cdp.detach();
  return value;
}

for (const locale of ["bn", "en"] as const) {
  test(`a signed-in learner's home, track and lesson pages do not shift (${locale}, 360 px, slow connection)`, async ({ browser }) => {
    const context = await newLearnerContext(browser, phone);
    const page = await context.newPage();
    const email = uniqueEmail(`cls-${locale}`);
    await signUp(page, { email, locale });
    const prefix = locale === "en" ? "/en" : "";
    const lesson = track.lessons[0]!;
    // Some marks to show: the first lesson done, the second visited.
    await page.goto(`${prefix}/tracks/${track.slug}/${lesson.slug}`);
    await page.getByTestId("mark-lesson").first().click();
    await expect(page.getByTestId("lesson-completed")).toBeVisible();
    await expect.poll(() => countSaved(email, "completions")).toBe(1);
    for (const url of [prefix || "/", `${prefix}/tracks/${track.slug}`, `${prefix}/tracks/${track.slug}/${lesson.slug}`, `${prefix}/tracks/${track.slug}/${track.lessons[1]!.slug}`]) {
      const shift = await cumulativeShift(page, url);
      expect(shift, url).toBe(0);
    }
    // The marks really were on the page (so the measure was of the signed-in state).
    await page.goto(`${prefix}/tracks/${track.slug}/${lesson.slug}`);
    await expect(page.getByTestId("lesson-completed")).toBeVisible();
    await context.close();
  });
}
