import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newLearnerContext, signUp, uniqueEmail } from "./helpers";
import { firstTrack, tracks } from "./content-data";

const publicPaths = ["/", "/tracks", "/tracks?device=phone", "/checklist", "/marketplaces", "/signin", "/signup", "/no-such-page"];
const trackPaths = tracks.flatMap((t) => [`/tracks/${t.slug}`, `/tracks/${t.slug}/${t.lessons[0]!.slug}`]);
const signedInPaths = ["/dashboard", "/account", "/checklist", `/tracks/${firstTrack.slug}`, `/tracks/${firstTrack.slug}/${firstTrack.lessons[0]!.slug}`];

async function expectNoViolations(page: Page, url: string) {
  await page.goto(url, { waitUntil: "networkidle" });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(violations.map((v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

for (const locale of ["bn", "en"] as const) {
  const prefix = locale === "en" ? "/en" : "";

  test(`axe finds no violations on public pages in ${locale}`, async ({ page }) => {
    for (const path of publicPaths) await expectNoViolations(page, `${prefix}${path === "/" && prefix ? "" : path}`);
  });

  for (const track of tracks) {
    test(`axe finds no violations on ${track.slug} and its first lesson in ${locale}`, async ({ page }) => {
      await expectNoViolations(page, `${prefix}/tracks/${track.slug}`);
      await expectNoViolations(page, `${prefix}/tracks/${track.slug}/${track.lessons[0]!.slug}`);
    });
  }

  test(`axe finds no violations on signed-in pages in ${locale}`, async ({ browser }) => {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    await signUp(page, { email: uniqueEmail(`axe-${locale}`), locale });
    await page.goto(`${prefix}/tracks/${firstTrack.slug}/${firstTrack.lessons[0]!.slug}`);
    await page.getByTestId("mark-lesson").click();
    for (const path of signedInPaths) await expectNoViolations(page, `${prefix}${path}`);
    await context.close();
  });
}

test("a learner can sign up, mark a lesson and tick the checklist with the keyboard alone", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await page.goto("/en/signup");
  // Tab from the top of the page to the name field, then fill the form with keys only.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const focusName = async () => {
    for (let i = 0; i < 30 && !(await page.locator('input[name="name"]').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  };
  await focusName();
  await page.keyboard.type("Keyboard Learner");
  await page.keyboard.press("Tab");
  await page.keyboard.type(uniqueEmail("keys"));
  await page.keyboard.press("Tab");
  await page.keyboard.type("only the keys on my keyboard");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  await page.goto(`/en/tracks/${firstTrack.slug}/${firstTrack.lessons[0]!.slug}`);
  const mark = page.getByRole("button", { name: "Mark as complete" });
  await expect(mark).toBeVisible();
  for (let i = 0; i < 40 && !(await mark.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(mark).toBeFocused();
  // A visible focus ring: the outline is drawn when focus came from the keyboard.
  expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();

  await page.goto("/en/checklist");
  const box = page.locator("#item-internet");
  for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Checklist saved." })).toBeVisible();
  await page.reload();
  await expect(page.locator("#item-internet")).toBeChecked();
  await context.close();
});

test("nothing overflows a 360 px phone screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const paths = ["/", "/tracks", "/checklist", "/marketplaces", "/signin", "/signup", ...trackPaths];
  for (const path of paths) {
    for (const prefix of ["", "/en"]) {
      const url = `${prefix}${path === "/" && prefix ? "" : path}`;
      await page.goto(url, { waitUntil: "domcontentloaded" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  }
  await context.close();
});
