import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { readFileSync } from "node:fs";
import { tracks } from "./content-data";
import { newLearnerContext, PASSWORD, savedData, signUp, uniqueEmail } from "./helpers";

type Messages = typeof import("../../messages/en.json");
const messages = (l: string) => JSON.parse(readFileSync(`messages/${l}.json`, "utf8")) as Messages;
const bn = messages("bn");
const en = messages("en");

const shortTrack = [...tracks].sort((a, b) => a.lessons.length - b.lessons.length)[0]!;
const [l1, l2, l3] = shortTrack.lessons;

type Exported = { practice: { lessonId: string; url: string }[]; certificates: { code: string }[] };
const exported = async (email: string) => (await savedData(email)) as unknown as Exported | null;

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

/**
 * Fills the lesson page's practice form and submits it, then waits for the action's answer AND
 * for React to apply it (the button is no longer busy). Without that wait, a check could pass on
 * the previous answer's identical message, and the next fill could land before React resets the
 * form to the previous answer's values, which then submits the old link again.
 */
async function submitAndWait(page: Page, button: Locator, busy: Locator = button) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !new URL(r.url()).pathname.startsWith("/api/"));
  await button.click();
  await answered;
  await expect(busy).not.toHaveAttribute("aria-busy", "true");
}

const submitPractice = (page: Page, button: "practice-save" | "practice-remove") =>
  submitAndWait(page, page.getByTestId(button), page.getByTestId("practice-save"));
const saveSettings = (page: Page, M: Messages) => submitAndWait(page, page.getByRole("button", { name: M.portfolio.saveSettings }));

async function savePractice(page: Page, url: string, { note = "", shown = false } = {}) {
  const form = page.getByTestId("practice-form");
  await form.locator('input[name="url"]').fill(url);
  await form.locator('textarea[name="note"]').fill(note);
  await form.locator('input[name="shown"]').setChecked(shown);
  await submitPractice(page, "practice-save");
}

/** The error shown beside the link field (not the form-wide status). */
const urlError = (page: Page) => page.getByTestId("practice-form").locator('[id$="-error"]');

for (const locale of ["bn", "en"] as const) {
  const M = locale === "en" ? en : bn;
  const prefix = locale === "en" ? "/en" : "";

  test(`a learner shows chosen practice work on a public portfolio, and only that (${locale})`, async ({ browser }) => {
    const context = await newLearnerContext(browser, { viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const email = uniqueEmail(`pf-${locale}`);
    await signUp(page, { email, locale, name: "Rina Akter" });

    // A visitor's (prerendered) lesson page offers sign-in instead of the form.
    const anon = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const a = await anon.newPage();
    await a.goto(`${prefix}/tracks/${shortTrack.slug}/${l1!.slug}`);
    await expect(a.getByTestId("practice-sign-in")).toHaveText(M.portfolio.signInToSave);
    await expect(a.getByTestId("practice-form")).toHaveCount(0);
    await a.getByTestId("practice-sign-in").click();
    await expect(a).toHaveURL(/\/signin\?callbackUrl=/);
    await anon.close();

    // The signed-in learner's lesson page carries the practice form.
    await page.goto(`${prefix}/tracks/${shortTrack.slug}/${l1!.slug}`);
    await expect(page.getByTestId("practice-form")).toBeVisible();
    await expect(page.getByTestId("practice-remove")).toHaveCount(0);
    await expectAxeClean(page);

    // Bad links are refused with a translated error beside the field, and nothing is saved.
    for (const [bad, message] of [
      ["javascript:alert(1)", M.portfolio.errors.urlInvalid],
      ["http://example.com/work", M.portfolio.errors.urlInvalid],
      [`https://example.com/${"a".repeat(600)}`, M.portfolio.errors.urlLong],
    ] as const) {
      await savePractice(page, bad);
      await expect(urlError(page)).toHaveText(message);
      await expect(page.getByTestId("practice-form").locator('input[name="url"]')).toHaveValue(bad.slice(0, 600));
    }
    expect((await exported(email))?.practice).toEqual([]);

    await savePractice(page, "https://www.behance.net/gallery/1/rina-logo", { note: "আমার প্রথম লোগো <b>bold</b>", shown: true });
    await expect(page.getByText(M.portfolio.saved)).toBeVisible();
    await expect(urlError(page)).toHaveCount(0);
    await page.goto(`${prefix}/tracks/${shortTrack.slug}/${l2!.slug}`);
    await savePractice(page, "https://github.com/rina/private-draft", { shown: false });
    await expect(page.getByText(M.portfolio.saved)).toBeVisible();
    await expect.poll(async () => (await exported(email))?.practice.length).toBe(2);

    // Edit, then the track page marks both lessons.
    await page.reload();
    await expect(page.locator('input[name="url"]')).toHaveValue("https://github.com/rina/private-draft");
    await savePractice(page, "https://github.com/rina/private-draft-v2");
    await page.reload();
    await expect(page.locator('input[name="url"]')).toHaveValue("https://github.com/rina/private-draft-v2");
    await expect.poll(async () => (await exported(email))?.practice.map((x) => x.url).sort()).toEqual(["https://github.com/rina/private-draft-v2", "https://www.behance.net/gallery/1/rina-logo"]);
    await page.goto(`${prefix}/tracks/${shortTrack.slug}`);
    await expect(page.getByTestId("practice-saved")).toHaveCount(2);

    // Publish the portfolio.
    const handle = `rina-${locale}-${Date.now().toString(36)}`;
    await page.goto(`${prefix}/account`);
    await page.locator('input[name="handle"]').fill("admin");
    await page.locator('input[name="published"]').check();
    await saveSettings(page, M);
    await expect(page.getByText(M.portfolio.errors.handleReserved)).toBeVisible();
    await page.locator('input[name="handle"]').fill(handle.toUpperCase());
    await page.locator('input[name="headline"]').fill("Logo designer");
    await saveSettings(page, M);
    await expect(page.getByText(M.portfolio.settingsSaved)).toBeVisible();
    await expect(page.getByTestId("delete-portfolio-note")).toHaveText(M.portfolio.deleteNote);

    // A signed-out visitor sees exactly the chosen item, never the email.
    const visitor = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const v = await visitor.newPage();
    const res = await v.goto(`${prefix}/u/${handle}`);
    expect(res?.status()).toBe(200);
    await expect(v.getByTestId("portfolio-name")).toHaveText("Rina Akter");
    const links = v.getByTestId("portfolio-work").locator("a");
    await expect(links).toHaveCount(1);
    await expect(links.first()).toHaveAttribute("href", "https://www.behance.net/gallery/1/rina-logo");
    await expect(links.first()).toHaveAttribute("rel", "nofollow ugc noopener");
    await expect(v.getByText("আমার প্রথম লোগো <b>bold</b>")).toBeVisible();
    const html = await v.content();
    expect(html).not.toContain(email);
    expect(html).not.toContain("private-draft");
    await expect(v.locator('meta[property="og:title"]')).toHaveAttribute("content", /Rina Akter/);
    await expect(v.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/u/${handle}$`));
    await expectAxeClean(v);

    // Unpublishing makes the page 404 at once.
    await page.locator('input[name="published"]').uncheck();
    await saveSettings(page, M);
    await expect(page.getByText(M.portfolio.settingsSaved)).toBeVisible();
    expect((await v.goto(`${prefix}/u/${handle}`))?.status()).toBe(404);

    // Removing a work item.
    await page.goto(`${prefix}/tracks/${shortTrack.slug}/${l2!.slug}`);
    await submitPractice(page, "practice-remove");
    await expect(page.getByText(M.portfolio.removed)).toBeVisible();
    await expect(page.getByTestId("practice-remove")).toHaveCount(0);
    await expect(page.getByTestId("practice-form").locator('input[name="url"]')).toHaveValue("");
    await expect.poll(async () => (await exported(email))?.practice.length).toBe(1);
    await visitor.close();
    await context.close();
  });

  test(`finishing a track gives a certificate whose QR code verifies, until the account is deleted (${locale})`, async ({ browser }) => {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail(`cert-${locale}`);
    await signUp(page, { email, locale, name: "Karim Uddin" });
    await page.goto(`${prefix}/certificates/${shortTrack.slug}`);
    await expect(page.getByText(M.portfolio.certificate.notFinished)).toBeVisible();

    for (const lesson of shortTrack.lessons) {
      await page.goto(`${prefix}/tracks/${shortTrack.slug}/${lesson.slug}`);
      await page.getByTestId("mark-lesson").click();
      await expect(page.getByTestId("lesson-completed")).toBeVisible();
    }
    await expect.poll(async () => (await exported(email))?.certificates.length).toBe(1);

    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto(`${prefix}/certificates/${shortTrack.slug}`);
    await expect(page.getByTestId("certificate-name")).toHaveText("Karim Uddin");
    await expectAxeClean(page);
    const code = (await page.getByTestId("certificate-code").textContent())!;
    expect(code).toMatch(/^[a-z2-9]{20}$/);
    const verifyUrl = (await page.getByTestId("verify-url").textContent())!;
    expect(verifyUrl).toMatch(new RegExp(`${prefix}/verify/${code}$`));

    // The QR code, rendered to a PNG, decodes to the verify URL.
    const png = PNG.sync.read(await page.getByTestId("certificate-qr").screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(verifyUrl);

    // Print CSS: the page prints on A4 and Letter alike.
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      // A short track's certificate is one sheet: header, footer and the print hint are left off.
      expect(pdf.toString("latin1").match(/\/Count (\d+)/)?.[1], format).toBe("1");
    }

    // Un-marking a lesson keeps the certificate.
    await page.goto(`${prefix}/tracks/${shortTrack.slug}/${l3!.slug}`);
    await expect(page.getByTestId("lesson-completed")).toBeVisible();
    await page.getByTestId("mark-lesson").click();
    await expect(page.getByTestId("lesson-completed")).toHaveCount(0);
    await expect.poll(async () => (await savedData(email))?.completions.length).toBe(shortTrack.lessons.length - 1);

    const visitor = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const v = await visitor.newPage();
    expect((await v.goto(verifyUrl))?.status()).toBe(200);
    await expect(v.getByTestId("verify-status")).toHaveText(M.portfolio.certificate.valid);
    await expect(v.getByText("Karim Uddin", { exact: false })).toBeVisible();
    await expectAxeClean(v);
    expect((await v.goto(`${prefix}/verify/abcdefghijkmnpqrstuvw`))?.status()).toBe(404);
    await expect(v.getByRole("heading", { level: 1 })).toHaveText(M.common.notFoundTitle);
    expect((await v.goto(`${prefix}/verify/not-a-code`))?.status()).toBe(404);

    // Deleting the account revokes it.
    await page.goto(`${prefix}/account`);
    await page.locator('section[aria-labelledby="delete"] input[name="password"]').fill(PASSWORD);
    await page.locator('section[aria-labelledby="delete"] button[type="submit"]').click();
    await expect.poll(() => savedData(email)).toBeNull();
    await v.goto(verifyUrl);
    await expect(v.getByTestId("verify-status")).toHaveText(M.portfolio.certificate.revoked);
    await expect(v.getByText("Karim Uddin")).toHaveCount(0);
    await visitor.close();
    await context.close();
  });
}

test("the practice form works without JavaScript and refuses a bad link", async ({ browser }) => {
  const withJs = await newLearnerContext(browser);
  const page = await withJs.newPage();
  const email = uniqueEmail("pf-nojs");
  await signUp(page, { email, locale: "en" });
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await withJs.storageState() });
  const p = await noJs.newPage();
  await p.goto(`/en/tracks/${shortTrack.slug}/${l1!.slug}`);
  await savePractice(p, "javascript:alert(1)");
  await expect(urlError(p)).toHaveText(en.portfolio.errors.urlInvalid);
  expect((await exported(email))?.practice).toEqual([]);
  await savePractice(p, "https://docs.google.com/document/d/xyz", { note: "Blog post", shown: true });
  await expect(p.getByText(en.portfolio.saved)).toBeVisible();
  await expect.poll(async () => (await exported(email))?.practice.map((x) => x.url)).toEqual(["https://docs.google.com/document/d/xyz"]);
  await submitPractice(p, "practice-remove");
  await expect(p.getByText(en.portfolio.removed)).toBeVisible();
  await expect.poll(async () => (await exported(email))?.practice).toEqual([]);
  // The track page marks no lesson once the work is gone, without JavaScript too.
  await p.goto(`/en/tracks/${shortTrack.slug}`);
  await expect(p.getByTestId("practice-saved")).toHaveCount(0);
  await noJs.close();
  await withJs.close();
});
