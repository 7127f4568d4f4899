import { gzipSync } from "node:zlib";
import { expect, test, type Browser } from "@playwright/test";
import { countSaved, newLearnerContext, signedOutLearner, signUp, submitSignIn, uniqueEmail } from "./helpers";
import { tracks } from "./content-data";

// Issue 12: what a new learner trips over, tried as they would: phone width, Bengali, JavaScript
// off, a 50 KB/s connection.
const webDesign = tracks.find((t) => t.slug === "web-design")!;
const htmlBasics = webDesign.lessons[0]!; // 420 minutes, a playlist first
const phoneTrack = tracks.find((t) => t.slug === "outsourcing-basics")!;
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const completions = (email: string) =>
  countSaved(email, "completions");

/** A learner who signed up with JavaScript, continuing in a context without it. */
async function learnerWithoutJs(browser: Browser, tag: string, locale: "bn" | "en" = "bn", options = {}) {
  const setup = await newLearnerContext(browser);
  const email = uniqueEmail(tag);
  await signUp(await setup.newPage(), { email, locale });
  const cookies = await setup.cookies();
  await setup.close();
  const context = await newLearnerContext(browser, { javaScriptEnabled: false, ...options });
  await context.addCookies(cookies);
  return { context, page: await context.newPage(), email };
}

test.describe("1. the language switch", () => {
  test("is right in plain HTML without JavaScript, keeping the query", async ({ browser }) => {
    const context = await newLearnerContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const cases = [
      ["/", "/en"],
      [`/tracks/web-design/${htmlBasics.slug}`, `/en/tracks/web-design/${htmlBasics.slug}`],
      ["/tracks/web-design", "/en/tracks/web-design"],
      ["/checklist", "/en/checklist"],
      ["/marketplaces", "/en/marketplaces"],
      ["/tracks?device=phone", "/en/tracks?device=phone"],
      ["/en/tracks?device=phone", "/tracks?device=phone"],
      [`/en/tracks/web-design/${htmlBasics.slug}`, `/tracks/web-design/${htmlBasics.slug}`],
    ];
    for (const [from, to] of cases) {
      await page.goto(from!);
      await expect(page.getByTestId("language-switch"), from).toHaveAttribute("href", to!);
    }
    await page.goto(`/tracks/web-design/${htmlBasics.slug}`);
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`/en/tracks/web-design/${htmlBasics.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(htmlBasics.title.en);
    await context.close();
  });

  test("works when tapped before scripts arrive on a 50 KB/s connection", async ({ browser }) => {
    const context = await newLearnerContext(browser, phone);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 });
    await page.goto(`/tracks/web-design/${htmlBasics.slug}`, { waitUntil: "commit" });
    const link = page.getByTestId("language-switch");
    await expect(link).toHaveAttribute("href", `/en/tracks/web-design/${htmlBasics.slug}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/en/tracks/web-design/${htmlBasics.slug}$`), { timeout: 45_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(htmlBasics.title.en, { timeout: 45_000 });
    await context.close();
  });

  test("keeps the query and the anchor once scripts run", async ({ page }) => {
    await page.goto("/checklist#internet");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/en\/checklist#internet$/);
    await page.goto("/tracks?device=phone");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/en\/tracks\?device=phone$/);
  });
});

test.describe("2. marking and progress without JavaScript", () => {
  test("a signed-in learner marks, undoes, and moves on with form posts; header and progress are right", async ({ browser }) => {
    const { context, page, email } = await learnerWithoutJs(browser, "nojs-mark");
    const [l1, l2] = webDesign.lessons;
    await page.goto(`/tracks/web-design/${l1!.slug}`);
    await expect(page.getByTestId("account-menu")).toBeVisible();
    await expect(page.getByRole("link", { name: "সাইন ইন" })).toHaveCount(0);

    await page.getByRole("button", { name: "সম্পন্ন হিসেবে চিহ্নিত করুন" }).click();
    await expect(page).toHaveURL(new RegExp(`/tracks/web-design/${l1!.slug}$`));
    await expect(page.getByTestId("lesson-completed")).toHaveText("সম্পন্ন");
    expect(await completions(email)).toBe(1);

    await page.getByRole("button", { name: "ফিরিয়ে নিন" }).click();
    await expect(page.getByRole("button", { name: "সম্পন্ন হিসেবে চিহ্নিত করুন" })).toBeVisible();
    expect(await completions(email)).toBe(0);

    await page.getByRole("button", { name: /শেষ করেছি, পরের পাঠ/ }).click();
    await expect(page).toHaveURL(new RegExp(`/tracks/web-design/${l2!.slug}$`));
    expect(await completions(email)).toBe(1);

    await page.goto("/tracks/web-design");
    await expect(page.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", String(Math.round(100 / webDesign.lessons.length)));
    await expect(page.getByTestId("lesson-done")).toHaveCount(1);
    await page.goto("/tracks");
    await expect(page.getByRole("progressbar")).toHaveCount(1);

    // Sign out from the header menu of any page, without JavaScript.
    await page.goto("/marketplaces");
    await page.getByTestId("account-menu").locator("summary").click();
    await page.getByTestId("account-menu").getByRole("button", { name: "সাইন আউট" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.getByRole("link", { name: "সাইন ইন" })).toBeVisible();
    await context.close();
  });

  test("marking with an ended session asks to sign in, in the page's language", async ({ browser }) => {
    const context = await newLearnerContext(browser, { javaScriptEnabled: false });
    await context.addCookies([{ name: "ks_in", value: "1", url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();
    await page.goto(`/en/tracks/web-design/${htmlBasics.slug}`);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await context.close();
  });

  test("a visitor's lesson page is prerendered and makes no dynamic request; its JS stays in budget", async ({ browser, baseURL }) => {
    const context = await newLearnerContext(browser, phone);
    const page = await context.newPage();
    const seen: string[] = [];
    page.on("request", (r) => seen.push(new URL(r.url()).pathname));
    const path = `/tracks/web-design/${htmlBasics.slug}`;
    const response = await page.goto(path, { waitUntil: "networkidle" });
    const headers = response!.headers();
    expect(headers["x-nextjs-prerender"] ?? headers["x-served-from"], "served prerendered").toBeTruthy();
    const dynamic = seen.filter((p) => p !== path && !/^\/(_next\/static|fonts)\//.test(p));
    console.log(`visitor lesson page: dynamic requests = ${dynamic.length}`);
    expect(dynamic).toEqual([]);

    const gzipOfScripts = async (html: string) => {
      let total = 0;
      for (const src of new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))) {
        total += gzipSync(Buffer.from(await (await fetch(`${baseURL}${src}`)).arrayBuffer())).length;
      }
      return total;
    };
    const lessonJs = await gzipOfScripts(await (await fetch(`${baseURL}${path}`)).text());
    const emptyJs = await gzipOfScripts(await (await fetch(`${baseURL}/api/no-such-page`)).text());
    console.log(`lesson page JS ${(lessonJs / 1024).toFixed(1)} KB gzip, empty page ${(emptyJs / 1024).toFixed(1)} KB, difference ${((lessonJs - emptyJs) / 1024).toFixed(1)} KB`);
    expect(lessonJs - emptyJs).toBeLessThanOrEqual(20 * 1024);
    await context.close();
  });
});

test.describe("3. readiness per track", () => {
  test("a learner with a phone, internet, English and a skill is ready for phone tracks, never asked for a computer", async ({ browser }) => {
    const { context, page } = await learnerWithoutJs(browser, "phone-ready", "en");
    await page.goto("/en/checklist");
    for (const key of ["skill", "phone", "internet", "english"]) await page.locator(`#item-${key}`).check();
    await page.getByRole("button", { name: "Save checklist" }).click();
    await page.goto("/en/checklist");
    await expect(page.getByTestId("ready-phone")).toHaveText("For phone tracks: 4 of 4 ready");
    await expect(page.getByTestId("ready-computer")).toHaveText("For computer tracks: 3 of 4 ready");

    await page.goto("/en/dashboard");
    await expect(page.getByTestId("readiness-phone")).toContainText("Phone tracks: 4 of 4 ready");
    await expect(page.getByTestId("readiness-phone")).not.toContainText("computer");

    // Starting a phone track: its own readiness, no computer in it.
    await page.goto(`/en/tracks/${phoneTrack.slug}/${phoneTrack.lessons[0]!.slug}`);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await page.goto("/en/dashboard");
    await expect(page.getByTestId(`readiness-${phoneTrack.slug}`)).toContainText("4 of 4 ready");
    await expect(page.getByTestId("readiness")).not.toContainText(/computer/i);
    await page.goto(`/en/tracks/${phoneTrack.slug}`);
    await expect(page.getByTestId("track-readiness")).toHaveText("4 of 4 ready");
    await context.close();
  });

  test("the home page says honestly that phone tracks need a phone, not a computer", async ({ page }) => {
    await page.goto("/en");
    const needs = page.locator("section", { has: page.getByRole("heading", { name: "The four things you need" }) });
    await expect(needs).toContainText("for phone tracks, a phone");
  });
});

test.describe("4. marking where the learner is", () => {
  test("at the bottom, 'Done — next lesson' marks and moves on; done reads as done with undo second; one resource first", async ({ browser }) => {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("done-next");
    await signUp(page, { email });
    const [l1, l2] = webDesign.lessons;
    await page.goto(`/tracks/web-design/${l1!.slug}`);
    await expect(page.getByTestId("start-here").locator("button")).toHaveCount(1);
    await expect(page.getByTestId("more-resources")).not.toHaveAttribute("open", "");

    const bottom = page.getByTestId("done-next");
    await expect(bottom).toHaveText(/শেষ করেছি, পরের পাঠ/);
    const box = await bottom.boundingBox();
    const practice = await page.getByTestId("practice").boundingBox();
    expect(box!.y).toBeGreaterThan(practice!.y);
    await bottom.click();
    await expect(page).toHaveURL(new RegExp(`/tracks/web-design/${l2!.slug}$`));
    await expect.poll(() => completions(email)).toBe(1);

    await page.goto(`/tracks/web-design/${l1!.slug}`);
    await expect(page.getByTestId("lesson-completed")).toHaveText("সম্পন্ন");
    await expect(page.getByTestId("lesson-completed").locator("svg circle[fill='currentColor']")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "ফিরিয়ে নিন" })).toHaveClass(/btn-secondary/);
    await expect(page.getByTestId("done-next")).toHaveCount(0);
    await context.close();
  });
});

test.describe("5. video that fails to load", () => {
  test("says before play that a playlist uses data, and offers try again and the YouTube app when it fails", async ({ page }) => {
    let frames = 0;
    await page.route("https://www.youtube-nocookie.com/**", (route) => {
      frames += 1;
      return route.abort("internetdisconnected");
    });
    await page.goto(`/tracks/web-design/${htmlBasics.slug}`);
    const play = page.getByTestId("start-here").locator("button");
    await expect(play).toContainText("প্লেলিস্টে একটার পর একটা কয়েকটি ভিডিও চলে");
    await play.click();
    const fallback = page.getByTestId("video-fallback");
    await expect(fallback).toContainText("ভিডিও লোড হয়নি?");
    await expect(fallback.getByRole("link", { name: "ইউটিউব অ্যাপে খুলুন" })).toHaveAttribute("href", /^https:\/\/www\.youtube\.com\//);
    await expect.poll(() => frames).toBe(1);
    await fallback.getByRole("button", { name: "আবার চেষ্টা করুন" }).click();
    await expect.poll(() => frames).toBe(2);
  });
});

test.describe("6. the phone home page", () => {
  test("leads with the steps, its first button is the checklist, tracks are a compact list", async ({ browser }) => {
    const context = await newLearnerContext(browser, phone);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByTestId("home-first-button")).toHaveAttribute("href", "/checklist");
    const steps = await page.getByTestId("start-steps").boundingBox();
    expect(steps!.y + steps!.height).toBeLessThan(640 * 1.5);
    const items = page.getByTestId("home-tracks").locator("li");
    await expect(items).toHaveCount(tracks.length);
    const itemBox = await items.first().boundingBox();
    expect(itemBox!.height).toBeLessThan(80);
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    console.log(`phone home page: ${screens.toFixed(1)} screens tall`);
    expect(screens).toBeLessThan(8);
    await context.close();
  });

  test("a signed-in learner sees 'continue' first, even without JavaScript", async ({ browser }) => {
    const { context, page } = await learnerWithoutJs(browser, "home-continue", "bn", phone);
    await page.goto(`/tracks/web-design/${htmlBasics.slug}`);
    await page.getByRole("button", { name: "সম্পন্ন হিসেবে চিহ্নিত করুন" }).click();
    await page.goto("/");
    await expect(page.getByTestId("home-continue")).toHaveAttribute("href", `/tracks/web-design/${webDesign.lessons[1]!.slug}`);
    await context.close();
  });
});

test.describe("7. smaller things", () => {
  test("the product speaks in its own voice, not about an article", async ({ page }) => {
    for (const path of ["/en/checklist", "/en/marketplaces", "/en"]) {
      await page.goto(path);
      await expect(page.locator("body"), path).not.toContainText(/the article/i);
    }
    for (const path of ["/checklist", "/marketplaces", "/"]) {
      await page.goto(path);
      await expect(page.locator("body"), path).not.toContainText("লেখাটি");
    }
  });

  test("Bengali dates have no Latin letters; lengths are in hours and minutes", async ({ browser }) => {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    await signUp(page, { email: uniqueEmail("dates") });
    await page.goto(`/tracks/web-design/${htmlBasics.slug}`);
    await expect(page.getByTestId("lesson-length")).toHaveText("৭ ঘণ্টা");
    await page.getByTestId("mark-lesson").click();
    await expect(page.getByTestId("lesson-completed")).toBeVisible();
    await page.goto("/dashboard");
    const time = page.locator("time").first();
    await expect(time).toBeVisible();
    expect(await time.textContent()).not.toMatch(/[A-Za-z]/);
    await expect(page.locator("body")).not.toContainText(/\/\s*১৫০/);
    await page.goto("/tracks/web-design");
    await expect(page.locator("body")).not.toContainText("৪২০");
    await context.close();
  });

  test("tap targets are at least 24 px and a whole track card opens its track", async ({ browser }) => {
    const context = await newLearnerContext(browser, phone);
    const page = await context.newPage();
    await page.goto("/signin");
    const toggle = await page.locator('input[type="checkbox"]').first().boundingBox();
    expect(toggle!.width).toBeGreaterThanOrEqual(24);
    expect(toggle!.height).toBeGreaterThanOrEqual(24);
    await page.goto(`/tracks/web-design/${htmlBasics.slug}`);
    for (const link of await page.getByRole("navigation", { name: "আপনি এখানে আছেন" }).getByRole("link").all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
    await page.goto("/tracks");
    // A tap near the bottom of the card, far from its title, opens the track.
    const card = page.getByTestId("track-card").first();
    const box = (await card.boundingBox())!;
    await card.click({ position: { x: box.width / 2, y: box.height - 10 } });
    await expect(page).toHaveURL(/\/tracks\/[a-z-]+$/);
    await context.close();
  });

  test("checklist ticks made before signing in are kept on the device and offered for saving after", async ({ browser }) => {
    const { context, page, email } = await signedOutLearner(browser, "ticks-before", "en");
    await page.goto("/en/checklist");
    await page.locator("#item-internet").check();
    await page.locator("#item-english").check();
    await page.reload();
    await expect(page.locator("#item-internet")).toBeChecked();
    await page.getByRole("link", { name: "Sign in to save your checklist" }).first().click();
    await submitSignIn(page, { email });
    await expect(page).toHaveURL(/\/en\/checklist$/);
    const offer = page.getByTestId("checklist-offer");
    await expect(offer).toContainText("before signing in");
    await offer.getByRole("button", { name: "Save these ticks" }).click();
    await expect.poll(() => countSaved(email, "checklist")).toBe(2);
    await page.reload();
    await expect(page.getByTestId("checklist-offer")).toHaveCount(0);
    await context.close();
  });
});
