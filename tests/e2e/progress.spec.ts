import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { countSaved, newLearnerContext, signedOutLearner, signIn, signUp, submitSignIn, uniqueEmail } from "./helpers";
import { computerTrack, firstTrack } from "./content-data";

const progressbar = (page: Page) => page.getByRole("progressbar").first();

for (const locale of ["bn", "en"] as const) {
  const prefix = locale === "en" ? "/en" : "";
  const L = {
    markDone: locale === "en" ? "Mark as complete" : "সম্পন্ন হিসেবে চিহ্নিত করুন",
    markNotDone: locale === "en" ? "Undo" : "ফিরিয়ে নিন",
    signOut: locale === "en" ? "Sign out" : "সাইন আউট",
  };

  test(`the whole learning journey works in ${locale}`, async ({ browser }) => {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail(`journey-${locale}`);
    await signUp(page, { email, locale });
    const [l1, l2, l3] = firstTrack.lessons;

    // Mark lesson 1 done; it survives a reload.
    await page.goto(`${prefix}/tracks/${firstTrack.slug}/${l1!.slug}`);
    await page.getByRole("button", { name: L.markDone }).click();
    await expect(page.getByRole("button", { name: L.markNotDone })).toBeVisible();
    await expect.poll(() => countSaved(email, "completions")).toBe(1);
    await page.reload();
    await expect(page.getByRole("button", { name: L.markNotDone })).toBeVisible();

    // Marking twice keeps one row; unmarking removes it; marking again brings it back.
    await page.getByRole("button", { name: L.markNotDone }).click();
    await expect(page.getByRole("button", { name: L.markDone })).toBeVisible();
    await page.getByRole("button", { name: L.markDone }).click();
    await expect(page.getByRole("button", { name: L.markNotDone })).toBeVisible();
    await expect.poll(() => countSaved(email, "completions")).toBe(1);

    // Visit lesson 2, then the track page shows progress and continues at lesson 2.
    await page.goto(`${prefix}/tracks/${firstTrack.slug}/${l2!.slug}`);
    await expect(page.getByRole("button", { name: L.markDone })).toBeVisible();
    await expect.poll(() => countSaved(email, "visits", l2!.id)).toBe(1);
    await page.goto(`${prefix}/tracks/${firstTrack.slug}`);
    const expected = Math.round(100 / firstTrack.lessons.length);
    await expect(progressbar(page)).toHaveAttribute("aria-valuenow", String(expected));
    await expect(page.getByTestId("lesson-done")).toHaveCount(1);
    await page.getByTestId("continue").click();
    await expect(page).toHaveURL(new RegExp(`/tracks/${firstTrack.slug}/${l2!.slug}$`));

    // Complete lesson 2: the dashboard continues at lesson 3 and counts two lessons.
    await page.getByRole("button", { name: L.markDone }).click();
    await expect(page.getByRole("button", { name: L.markNotDone })).toBeVisible();
    await expect.poll(() => countSaved(email, "completions")).toBe(2);
    await page.goto(`${prefix}/dashboard`);
    await expect(page.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", String(Math.round(200 / firstTrack.lessons.length)));
    await page.getByTestId("continue").first().click();
    await expect(page).toHaveURL(new RegExp(`/tracks/${firstTrack.slug}/${l3!.slug}$`));

    // The checklist is saved and still there after signing out and in.
    await page.goto(`${prefix}/checklist`);
    await page.locator("#item-internet").check();
    await page.locator("#item-english").check();
    await expect.poll(() => countSaved(email, "checklist")).toBe(2);
    await page.goto(`${prefix}/dashboard`);
    await expect(page.getByTestId("readiness")).toContainText(locale === "en" ? "2 of 4 ready" : "৪টির মধ্যে ২টি প্রস্তুত");
    await page.getByRole("button", { name: L.signOut }).click();
    await expect(page).toHaveURL(/\/(en)?$/);
    await signIn(page, { email, locale });
    await expect(page).toHaveURL(new RegExp(`${prefix}/dashboard$`));
    await page.goto(`${prefix}/checklist`);
    await expect(page.locator("#item-internet")).toBeChecked();
    await expect(page.locator("#item-english")).toBeChecked();
    await expect(page.locator("#item-computer")).not.toBeChecked();
    await context.close();

    // A second learner sees none of it.
    const second = await newLearnerContext(browser);
    const other = await second.newPage();
    await signUp(other, { email: uniqueEmail(`second-${locale}`), locale });
    await expect(other.getByTestId("readiness")).toContainText(locale === "en" ? "0 of 4 ready" : "৪টির মধ্যে ০টি প্রস্তুত");
    await other.goto(`${prefix}/tracks/${firstTrack.slug}`);
    await expect(other.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
    await expect(other.getByTestId("lesson-done")).toHaveCount(0);
    await other.goto(`${prefix}/checklist`);
    await expect(other.locator("#item-internet")).not.toBeChecked();
    await second.close();
  });
}

test("a visitor who presses mark is sent to sign in and comes back to the button, which marks on a click only", async ({ browser }) => {
  const { context, page, email } = await signedOutLearner(browser, "visitor");

  const lesson = computerTrack.lessons[2]!;
  await page.goto(`/en/tracks/${computerTrack.slug}/${lesson.slug}`);
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=/);
  await submitSignIn(page, { email });
  await expect(page).toHaveURL(new RegExp(`/en/tracks/${computerTrack.slug}/${lesson.slug}$`));
  // Opening a ?mark=1 link (a cross-site one too) changes nothing: the learner clicks.
  await expect(page.getByRole("button", { name: "Mark as complete" })).toBeFocused();
  expect(await countSaved(email, "completions")).toBe(0);
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect.poll(() => countSaved(email, "completions")).toBe(1);

  // Starting a computer track without the computer ticked shows a gentle warning.
  await page.goto(`/en/tracks/${computerTrack.slug}`);
  await expect(page.getByText(/This track needs a computer or laptop/)).toBeVisible();
  await context.close();
});

test("the checklist saves without JavaScript", async ({ browser }) => {
  const js = await newLearnerContext(browser);
  const setup = await js.newPage();
  const email = uniqueEmail("nojs");
  await signUp(setup, { email, locale: "en" });
  const cookies = await js.cookies();
  await js.close();

  const context = await newLearnerContext(browser, { javaScriptEnabled: false });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto("/en/checklist");
  await page.locator("#item-computer").check();
  await page.locator("#item-internet").check();
  await page.getByRole("button", { name: "Save checklist" }).click();
  await page.waitForLoadState("load");
  await page.goto("/en/checklist");
  await expect(page.locator("#item-computer")).toBeChecked();
  await expect(page.locator("#item-internet")).toBeChecked();
  expect(await countSaved(email, "checklist")).toBe(2);
  await context.close();
});

test("a server action replayed with no cookie, or from a foreign origin, changes nothing", async ({ browser, baseURL }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("replay");
  await signUp(page, { email, locale: "en" });
  const lesson = firstTrack.lessons[4]!;
  await page.goto(`/en/tracks/${firstTrack.slug}/${lesson.slug}`);
  const [actionRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]) && (r.postData() ?? "").includes(lesson.id)),
    page.getByRole("button", { name: "Mark as complete" }).click(),
  ]);
  await expect.poll(() => countSaved(email, "completions")).toBe(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => countSaved(email, "completions")).toBe(0);

  const headers = { "next-action": actionRequest.headers()["next-action"]!, "content-type": actionRequest.headers()["content-type"] ?? "text/plain;charset=UTF-8", origin: baseURL! };
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const res = await anonymous.post(actionRequest.url(), { headers, data: actionRequest.postData()!, maxRedirects: 0 });
  // The mark form answers a call without a session by sending the caller to sign in.
  expect(`${res.headers()["x-action-redirect"] ?? ""} ${await res.text()}`).toMatch(/signin|signInRequired/);
  await anonymous.dispose();

  const foreign = await page.request.post(actionRequest.url(), { headers: { ...headers, origin: "https://evil.example" }, data: actionRequest.postData()! });
  expect(foreign.status()).not.toBe(200);
  expect(await countSaved(email, "completions")).toBe(0);
  await context.close();
});
