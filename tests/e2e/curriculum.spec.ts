import { expect, test } from "@playwright/test";
import { tracks } from "./content-data";

for (const track of tracks) {
  test(`every page of ${track.slug} shows a title, a resource link and a practice task in both languages`, async ({ page }) => {
    for (const locale of ["bn", "en"] as const) {
      const prefix = locale === "en" ? "/en" : "";
      const response = await page.goto(`${prefix}/tracks/${track.slug}`, { waitUntil: "domcontentloaded" });
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(track.title[locale]);
      for (const lesson of track.lessons) {
        const url = `${prefix}/tracks/${track.slug}/${lesson.slug}`;
        const res = await page.goto(url, { waitUntil: "domcontentloaded" });
        expect(res?.status(), url).toBe(200);
        await expect(page.getByRole("heading", { level: 1 }), url).toHaveText(lesson.title[locale]);
        await expect(page.getByTestId("practice"), url).toHaveText(lesson.practice[locale]);
        expect(await page.locator('a[href^="https://www.youtube.com/"]').count(), url).toBeGreaterThanOrEqual(2);
        const html = await page.content();
        expect(html, url).not.toMatch(/\b(?:lesson|tracks|common|nav)\.[a-zA-Z]+\b(?![^<]*>)/);
      }
    }
  });
}

test("the phone filter works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/tracks");
  await expect(page.locator("main ul > li h2")).toHaveCount(tracks.length);
  await page.getByRole("link", { name: "Works on a phone" }).first().click();
  await expect(page).toHaveURL(/device=phone/);
  const phoneTitles = tracks.filter((t) => t.device === "phone").map((t) => t.title.en);
  await expect(page.locator("main ul > li h2")).toHaveText(phoneTitles);
  await context.close();
});

test("the marketplaces page presents all five with the tracks that suit each", async ({ page }) => {
  await page.goto("/en/marketplaces");
  for (const name of ["Upwork", "Fiverr", "Freelancer.com", "PeoplePerHour", "99designs"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.locator('[id="99designs"]').getByRole("link", { name: tracks.find((t) => t.slug === "logo-design")!.title.en })).toBeVisible();
  await page.goto("/marketplaces");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("মার্কেটপ্লেস");
});

test("the home page tells the article's argument and links every track", async ({ page }) => {
  await page.goto("/en");
  for (const heading of ["What is outsourcing?", "First, learn a skill", "The four things you need", "Where the work is", "Phone or computer?", "YouTube or a training centre?"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  for (const track of tracks) {
    await expect(page.getByTestId("home-tracks").locator(`a[href="/en/tracks/${track.slug}"]`)).toContainText(track.title.en);
  }
});
