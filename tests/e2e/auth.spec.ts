import { expect, test } from "@playwright/test";
import { accountCount, newLearnerContext, PASSWORD, signedOutLearner, signIn, signUp, submitSignIn, uniqueEmail } from "./helpers";

test("a learner signs up, signs out and signs back in", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("journey");
  await signUp(page, { name: "রহিম উদ্দিন", email });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("স্বাগতম, রহিম উদ্দিন");
  const cookie = (await context.cookies()).find((c) => c.name.includes("authjs.session-token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "সাইন আউট" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);

  await signIn(page, { email: email.toUpperCase() });
  await expect(page).toHaveURL(/\/dashboard$/);
  await context.close();
});

test("a wrong password and an unknown email get the same message, kept beside the email", async ({ browser }) => {
  const { context, page, email } = await signedOutLearner(browser, "wrong");
  await signIn(page, { email, password: "not the password at all", locale: "en" });
  const status = page.getByRole("status");
  await expect(status).toHaveText("Email or password is wrong.");
  await expect(page.locator('input[name="email"]')).toHaveValue(email);
  await signIn(page, { email: uniqueEmail("nobody"), password: "not the password at all", locale: "en" });
  await expect(status).toHaveText("Email or password is wrong.");
  await context.close();
});

test("sign-up refuses a duplicate email and a weak password, keeping what was typed", async ({ browser }) => {
  const { context, page, email } = await signedOutLearner(browser, "dup");

  await page.goto("/en/signup");
  await page.locator('input[name="name"]').fill("Karim");
  await page.locator('input[name="email"]').fill(email.toUpperCase());
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const emailInput = page.locator('input[name="email"]');
  await expect(emailInput).toHaveAttribute("aria-invalid", "true");
  const errorId = (await emailInput.getAttribute("aria-describedby"))!;
  await expect(page.locator(`#${errorId.split(" ").pop()}`)).toHaveText("An account with this email already exists. Sign in instead.");
  await expect(page.locator('input[name="name"]')).toHaveValue("Karim");

  await page.locator('input[name="email"]').fill(uniqueEmail("weak"));
  await page.locator('input[name="password"]').fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common and easy to guess. Choose another.")).toBeVisible();
  await page.locator('input[name="password"]').fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  expect(await accountCount(email)).toBe(1);
  await context.close();
});

test("the show-password toggle reveals what was typed", async ({ page }) => {
  await page.goto("/en/signup");
  const password = page.locator('input[name="password"]');
  await password.fill("secret words");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByLabel("Show password").check();
  await expect(password).toHaveAttribute("type", "text");
});

test("ten failures pause sign-in for that email on that address, counting down the tries left from the third", async ({ browser }) => {
  const { context, page, email } = await signedOutLearner(browser, "throttle");
  for (let i = 0; i < 10; i++) {
    await signIn(page, { email, password: `wrong password ${i}`, locale: "en" });
    const left = 10 - (i + 1);
    await expect(page.getByRole("status")).toHaveText(
      i < 2 ? "Email or password is wrong." : left === 1 ? "Email or password is wrong. 1 try left before a 15-minute pause." : `Email or password is wrong. ${left} tries left before a 15-minute pause.`,
    );
  }
  await signIn(page, { email, locale: "en" });
  await expect(page.getByRole("status")).toHaveText(/Too many failed attempts\. Try again in 1[45] minutes\./);
  await expect(page).toHaveURL(/\/en\/signin/);
  // Another learner on another address is not affected.
  const other = await newLearnerContext(browser);
  const otherPage = await other.newPage();
  await signUp(otherPage, { email: uniqueEmail("bystander"), locale: "en" });
  await other.close();
  await context.close();
});

test("an old session cookie stops working after sign out everywhere", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("revoke"), locale: "en" });
  const stolen = await context.cookies();

  await page.goto("/en/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/en$/);

  const replay = await newLearnerContext(browser);
  await replay.addCookies(stolen);
  const replayPage = await replay.newPage();
  await replayPage.goto("/en/dashboard");
  await expect(replayPage).toHaveURL(/\/en\/signin/);
  const me = await replayPage.request.get("/api/me");
  expect((await me.json()).user).toBeNull();
  await replay.close();
  await context.close();
});

test("a learner downloads their data without the password hash", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("export");
  await signUp(page, { email, name: "Export Me", locale: "en" });
  await page.goto("/en/account");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  const body = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8")));
  expect(body.profile).toMatchObject({ email, name: "Export Me", locale: "en" });
  expect(JSON.stringify(body)).not.toMatch(/argon2|password/i);
  expect(body).toHaveProperty("completions");
  expect(body).toHaveProperty("checklist");
  expect(body).toHaveProperty("visits");
  await context.close();
});

test("a learner deletes their account and cannot sign in after", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("delete");
  await signUp(page, { email, locale: "en" });
  await page.goto("/en/account");
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Delete account" }) });
  await form.locator('input[name="password"]').fill("not my password");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByText("The current password is wrong.")).toBeVisible();
  expect(await accountCount(email)).toBe(1);

  await form.locator('input[name="password"]').fill(PASSWORD);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/en\/account-deleted$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");
  expect(await accountCount(email)).toBe(0);
  await signIn(page, { email, locale: "en" });
  await expect(page.getByRole("status")).toHaveText("Email or password is wrong.");
  await context.close();
});

test("changing the password keeps this device signed in and needs the current one", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("change");
  await signUp(page, { email, locale: "en" });
  const oldCookies = await context.cookies();
  await page.goto("/en/account");
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Change password" }) });
  await form.locator('input[name="currentPassword"]').fill("wrong current password");
  await form.locator('input[name="newPassword"]').fill("a brand new sentence 7");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The current password is wrong.")).toBeVisible();
  await form.locator('input[name="currentPassword"]').fill(PASSWORD);
  await form.locator('input[name="newPassword"]').fill("a brand new sentence 7");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices have been signed out.")).toBeVisible();
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  const old = await newLearnerContext(browser);
  await old.addCookies(oldCookies);
  const oldPage = await old.newPage();
  await oldPage.goto("/en/dashboard");
  await expect(oldPage).toHaveURL(/\/en\/signin/);
  await old.close();
  await context.close();
});

test("sign-in only returns to paths on this site", async ({ browser }) => {
  const { context, page, email } = await signedOutLearner(browser, "redirect");
  await page.goto("/en/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
  await submitSignIn(page, { email });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/en\/dashboard$/);
  await context.close();
});

test("signing in keeps the language of the sign-in page, whatever the account's language", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("prefers-en");
  await signUp(page, { email, locale: "bn" });
  await page.goto("/account");
  await page.getByLabel("পছন্দের ভাষা").selectOption("en");
  await page.getByRole("button", { name: "প্রোফাইল সেভ করুন" }).click();
  await expect(page).toHaveURL(/\/en\/account\?saved=profile$/);
  await expect(page.getByRole("status").first()).toHaveText("Profile saved.");
  await page.goto("/en/dashboard");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  // Chose Bengali on this page: Bengali dashboard, though the account says English.
  await signIn(page, { email, locale: "bn" });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard$/);
  await page.getByRole("button", { name: "সাইন আউট" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  // And the other way round.
  const bnEmail = uniqueEmail("prefers-bn");
  await signUp(page, { email: bnEmail, locale: "bn" });
  await page.getByRole("button", { name: "সাইন আউট" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await signIn(page, { email: bnEmail, locale: "en" });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/en\/dashboard$/);
  await context.close();
});
