import { expect, test } from "@playwright/test";
import { computerTrack, tracks } from "./content-data";

const webDesign = tracks.find((t) => t.slug === "web-design")!;
const lesson = webDesign.lessons[0]!;

test("the home page is in Bengali at the bare path, with real Bengali text", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "bn");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("কাজ");
  await expect(page.getByRole("navigation", { name: "প্রধান মেনু" }).getByRole("link", { name: "ট্র্যাক" })).toBeVisible();
  // The Bengali webfont is self-hosted and actually used for the heading.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
  });
  expect(fonts.join(",")).toContain("Noto Sans Bengali");
});

test("the English home page lives under /en", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn one skill well. Then earn online.");
});

test("the language switch keeps the learner on the same lesson", async ({ page }) => {
  await page.goto(`/tracks/web-design/${lesson.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title.bn);
  await page.getByRole("link", { name: /Read in English/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tracks/web-design/${lesson.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title.en);
  await page.getByRole("link", { name: /Read in Bengali/ }).click();
  await expect(page).toHaveURL(new RegExp(`/tracks/web-design/${lesson.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title.bn);
});

test("a click on a site link opens the page without reloading it; without JavaScript it is a plain link", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/en/tracks/web-design");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(webDesign.title.en);
    const documents: string[] = [];
    page.on("request", (r) => r.resourceType() === "document" && documents.push(new URL(r.url()).pathname));
    if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.locator("#lessons + ol > li a").first().click();
    await expect(page).toHaveURL(new RegExp(`/en/tracks/web-design/${lesson.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title.en);
    if (javaScriptEnabled) {
      // The same document: Next's router fetched the page's payload, the browser did not reload.
      expect(documents).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(webDesign.title.en);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    } else {
      expect(documents).toEqual([`/en/tracks/web-design/${lesson.slug}`]);
    }
    await context.close();
  }
});

test("a track page lists its lessons in order", async ({ page }) => {
  await page.goto("/en/tracks/web-design");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(webDesign.title.en);
  const items = page.locator("#lessons + ol > li a");
  await expect(items).toHaveText(webDesign.lessons.map((l) => l.title.en));
});

test("a lesson page loads nothing from YouTube until play is pressed, then embeds the no-cookie player", async ({ page }) => {
  const withVideo = tracks.flatMap((t) => t.lessons.map((l) => ({ t, l }))).find(({ l }) => l.resources.some((r) => r.kind === "video"))!;
  const video = withVideo.l.resources.find((r) => r.kind === "video")!;
  const external: string[] = [];
  page.on("request", (r) => {
    const host = new URL(r.url()).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") external.push(r.url());
  });
  await page.route(/youtube/, (route) => route.fulfill({ status: 204, body: "" }));
  await page.goto(`/en/tracks/${withVideo.t.slug}/${withVideo.l.slug}`, { waitUntil: "networkidle" });
  expect(external).toEqual([]);
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.getByRole("link", { name: new RegExp(`Open on YouTube: ${video.title.en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).first()).toHaveAttribute("href", video.url);
  await page.getByRole("button", { name: `Play video: ${video.title.en}` }).first().click();
  await expect(page.locator("iframe").first()).toHaveAttribute("src", /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
});

test("an unknown track or lesson is a 404 in both languages", async ({ page }) => {
  for (const [url, text] of [
    ["/tracks/no-such-track", "পাতাটি পাওয়া যায়নি"],
    ["/en/tracks/no-such-track", "Page not found"],
    [`/tracks/${computerTrack.slug}/no-such-lesson`, "পাতাটি পাওয়া যায়নি"],
    [`/en/tracks/${computerTrack.slug}/no-such-lesson`, "Page not found"],
    ["/en/no/such/page", "Page not found"],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
  }
});

test("every page is served with the security headers", async ({ request }) => {
  for (const url of ["/", "/en/tracks/web-design", "/api/me", "/signin"]) {
    const response = await request.get(url);
    const h = response.headers();
    expect(h["content-security-policy"], url).toContain("default-src 'self'");
    expect(h["content-security-policy"]).toContain("object-src 'none'");
    expect(h["content-security-policy"]).toContain("base-uri 'none'");
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("frame-src https://www.youtube-nocookie.com");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
  }
});
