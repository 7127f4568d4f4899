import { expect, test, type Page } from "@playwright/test";
import { controlled, newLearnerContext, signUp, uniqueEmail } from "./helpers";
import { firstTrack } from "./content-data";

const [l1, l2, l3] = firstTrack.lessons;
const lesson = (slug: string, prefix = "/en") => `${prefix}/tracks/${firstTrack.slug}/${slug}`;

/** Every URL kept in Cache Storage, by cache. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });

test("the production build registers the service worker, and a lesson opened before still opens offline with the banner", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await page.goto(lesson(l1!.slug));
  const script = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? ""));
  expect(new URL(script).pathname).toBe("/sw.js");
  await controlled(page);
  await page.goto(lesson(l1!.slug));
  await expect(page.getByTestId("offline-banner")).toBeHidden();

  await context.setOffline(true);
  await page.goto(lesson(l1!.slug));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(l1!.title.en);
  await expect(page.getByTestId("offline-banner")).toHaveText("You are offline — showing the saved copy.");

  // A page never opened: the translated offline page, in its language.
  await page.goto(lesson(l3!.slug));
  await expect(page.getByTestId("offline-page")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await page.goto(lesson(l3!.slug, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("আপনি অফলাইনে আছেন");
  await context.setOffline(false);
  await context.close();
});

test("nothing private survives sign-out: no signed-in page and no /api answer stays in Cache Storage", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("offline-signout"), locale: "en" });
  await page.goto(lesson(l2!.slug));
  await controlled(page);
  await page.goto(lesson(l2!.slug));
  await expect.poll(async () => (await cached(page))["ks-private"] ?? []).toContain(lesson(l2!.slug));

  await page.getByTestId("account-menu").locator("summary").click();
  await page.getByTestId("account-menu").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect.poll(async () => (await cached(page))["ks-private"]?.length ?? 0).toBe(0);
  const all = Object.values(await cached(page)).flat();
  expect(all.filter((p) => p.startsWith("/api/"))).toEqual([]);
  await context.close();
});
