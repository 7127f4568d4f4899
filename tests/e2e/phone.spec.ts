import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newLearnerContext, signUp, uniqueEmail } from "./helpers";
import { firstTrack, tracks } from "./content-data";

const lessonPath = `/tracks/${firstTrack.slug}/${firstTrack.lessons[0]!.slug}`;
// The data estimate is on video buttons: a lesson that has a video.
const videoTrack = tracks.find((t) => t.lessons.some((l) => l.resources.some((r) => r.kind !== "search")))!;
const videoLesson = videoTrack.lessons.find((l) => l.resources.some((r) => r.kind !== "search"))!;
const videoPath = `/tracks/${videoTrack.slug}/${videoLesson.slug}`;

async function axeViolations(page: Page, url: string) {
  await page.goto(url, { waitUntil: "networkidle" });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}

test.describe("data saver", () => {
  test.use({ extraHTTPHeaders: { "Save-Data": "on" } });

  test("a Save-Data request gets no video previews, data estimates on each video and only the regular font weight", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(videoPath, { waitUntil: "networkidle" });
    await expect(page.locator("html")).toHaveAttribute("data-save", "");
    const estimate = page.getByTestId("video-data-estimate").first();
    await expect(estimate).toBeVisible();
    await expect(estimate).toContainText("MB");
    await expect(page.getByTestId("video-quality-tip").first()).toBeVisible();
    // No preview: no image, frame or script from YouTube, and no <img> or <iframe> for a video at all.
    await expect(page.locator("iframe")).toHaveCount(0);
    await expect(page.locator("img[src*='ytimg'], img[src*='youtube']")).toHaveCount(0);
    expect(requested.filter((u) => !u.startsWith("http://127.0.0.1"))).toEqual([]);
    expect(requested.filter((u) => u.includes("-700.woff2"))).toEqual([]);
  });
});

test("without Save-Data the estimates stay hidden, and the footer switch turns the data saver on and off", async ({ page }) => {
  await page.goto(`/en${videoPath}`);
  await expect(page.locator("html")).not.toHaveAttribute("data-save", "");
  await expect(page.getByTestId("video-data-estimate").first()).toBeHidden();
  await page.getByTestId("device-settings").getByRole("button", { name: "On" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${videoPath}$`));
  await expect(page.locator("html")).toHaveAttribute("data-save", "");
  await expect(page.getByTestId("video-data-estimate").first()).toBeVisible();
  await expect(page.getByTestId("device-settings").getByRole("button", { name: /selected.*On/ })).toBeVisible();
  await page.getByTestId("device-settings").getByRole("button", { name: "Off" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-save", "");
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const locale of ["bn", "en"] as const) {
    const prefix = locale === "en" ? "/en" : "";
    test(`follows a dark system and passes axe in ${locale}`, async ({ page }) => {
      const violations: string[] = [];
      for (const path of ["/", "/tracks", lessonPath, "/checklist", "/marketplaces", "/signin"]) violations.push(...(await axeViolations(page, `${prefix}${path === "/" && prefix ? "" : path}`)));
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe("rgb(15, 21, 19)");
      expect(violations).toEqual([]);
    });
  }

  test("the switch picks light over a dark system, with no flash on the next load", async ({ page }) => {
    await page.goto(`/en${lessonPath}`);
    await page.getByTestId("device-settings").getByRole("button", { name: "Light" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    // The attribute is set by the head script before the body exists: check it at DOMContentLoaded.
    const atParse = await page.evaluate(() => document.documentElement.getAttribute("data-theme"));
    expect(atParse).toBe("light");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(251, 250, 247)");
    expect(await axeViolations(page, `/en${lessonPath}`)).toEqual([]);
  });
});

test("a light system with the dark switch passes axe, signed in, in both languages", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("dark"), locale: "bn" });
  await page.goto("/account");
  await page.getByTestId("account-device-settings").getByRole("button", { name: "গাঢ়" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const violations: string[] = [];
  for (const path of ["/dashboard", "/account", lessonPath, "/en/dashboard", `/en${lessonPath}`]) violations.push(...(await axeViolations(page, path)));
  expect(violations).toEqual([]);
  await context.close();
});

test("the dashboard shows today's study as a one-day streak and a studied cell in the grid", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("streak"), locale: "en" });
  await page.goto(`/en${lessonPath}`);
  await page.getByTestId("mark-lesson").first().click();
  await page.goto("/en/dashboard");
  await expect(page.getByTestId("streak-current")).toHaveText("Current streak (days in a row): 1");
  await expect(page.getByTestId("streak-week")).toHaveText("Days studied this week: 1");
  const grid = page.getByRole("table", { name: /Days you studied/ });
  await expect(grid).toBeVisible();
  await expect(grid.getByText("studied", { exact: true })).toHaveCount(1);
  await context.close();
});
