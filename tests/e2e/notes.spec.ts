import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { newLearnerContext, savedData, signedOutLearner, signIn, signUp, uniqueEmail } from "./helpers";
import { firstTrack } from "./content-data";

const [l1, l2] = firstTrack.lessons;
const lessonPath = (slug: string, prefix = "/en") => `${prefix}/tracks/${firstTrack.slug}/${slug}`;
const notesOf = async (email: string) => ((await savedData(email)) as unknown as { notes: { lessonId: string; body: string }[] }).notes;

test("a note autosaves with JavaScript, survives a reload, shows on the dashboard as text and is in the export", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("notes-js");
  await signUp(page, { email, locale: "en" });
  const text = "Remember: <b>tags</b> close in order\nসেকশন ২ আবার দেখব";
  await page.goto(lessonPath(l1!.slug));
  await page.getByTestId("note-body").fill(text);
  // No click: saved after the pause in typing.
  await expect(page.getByTestId("note-status")).toHaveText("Note saved");
  await page.reload();
  await expect(page.getByTestId("note-body")).toHaveValue(text);
  const lessonAxe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(lessonAxe.violations.map((v) => v.id)).toEqual([]);

  await page.goto("/en/dashboard");
  const card = page.getByTestId("notes-dashboard");
  await expect(card.getByRole("link", { name: l1!.title.en })).toHaveAttribute("href", `${lessonPath(l1!.slug)}#notes`);
  await expect(card).toContainText("<b>tags</b>");
  await expect(card.locator("b")).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  expect(await notesOf(email)).toEqual([expect.objectContaining({ lessonId: l1!.id, body: text })]);
  await context.close();
});

test("without JavaScript the Save button keeps the note; another learner never sees it", async ({ browser }) => {
  const { context, email } = await signedOutLearner(browser, "notes-nojs", "bn");
  await context.close();
  const noJs = await newLearnerContext(browser, { javaScriptEnabled: false });
  const page = await noJs.newPage();
  await signIn(page, { email });
  await page.goto(lessonPath(l2!.slug, ""));
  await page.getByTestId("note-body").fill("প্রথম নোট");
  await page.getByTestId("note-save").click();
  await expect(page).toHaveURL(/note=saved#notes$/);
  await expect(page.getByTestId("note-body")).toHaveValue("প্রথম নোট");
  expect((await notesOf(email)).map((n) => n.body)).toEqual(["প্রথম নোট"]);

  const other = await newLearnerContext(browser);
  const otherPage = await other.newPage();
  await signUp(otherPage, { email: uniqueEmail("notes-other"), locale: "bn" });
  await otherPage.goto(lessonPath(l2!.slug, ""));
  await expect(otherPage.getByTestId("note-body")).toHaveValue("");
  await other.close();
  await noJs.close();
});

test("a visitor's lesson page holds no note, only a way to sign in", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await page.goto(lessonPath(l1!.slug));
  await expect(page.getByRole("heading", { name: "My notes" })).toBeVisible();
  await expect(page.getByTestId("note-body")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in to keep private notes" })).toBeVisible();
  await context.close();
});
