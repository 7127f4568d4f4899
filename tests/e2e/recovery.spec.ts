import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { newLearnerContext, PASSWORD, signedOutLearner, signIn, signUp, uniqueEmail } from "./helpers";

// Reset mail goes over SMTP_URL to a real SMTP server run in this file (smtp-server) on
// E2E_SMTP_PORT, which playwright.config.ts gives the e2e server.

test("a replayed cookie is refused after a plain sign-out, on every server", async ({ browser }) => {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  await signUp(page, { email: uniqueEmail("signout"), locale: "en" });
  const copied = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  const replay = await newLearnerContext(browser);
  await replay.addCookies(copied);
  const me = await (await replay.newPage()).request.get("/api/me");
  expect((await me.json()).user).toBeNull();
  await replay.close();
  await context.close();
});

for (const locale of ["bn", "en"] as const) {
  const prefix = locale === "en" ? "/en" : "";
  test(`sign-in and sign-up refuse normalised open redirects (${locale})`, async ({ browser }) => {
    const { context, page, email } = await signedOutLearner(browser, `redir-${locale}`, locale);
    await signIn(page, { email, locale });
    await expect(page).toHaveURL(/\/dashboard$/);
    for (const path of ["signin", "signup"]) {
      for (const evil of ["/.//evil.com", "/./\\evil.com", "//evil.com", "/a/../..//evil.com"]) {
        // Signed in, the page redirects at once: Chromium must stay on this site.
        await page.goto(`${prefix}/${path}?callbackUrl=${encodeURIComponent(evil)}`);
        expect(new URL(page.url()).hostname).toBe("127.0.0.1");
        expect(new URL(page.url()).pathname).toBe(`${prefix}/dashboard`);
      }
    }
    await context.close();
  });
}

test("every response carries the security headers, redirects and bad requests included; malformed ones answer 400", async ({ request }) => {
  for (const path of ["/bn/tracks", "/en", "/api/me"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
  }
  const bad = await request.get("/%E0%A4%A", { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  expect(bad.headers()["x-content-type-options"]).toBe("nosniff");
  const noBoundary = await request.post("/en/signin", { headers: { "content-type": "multipart/form-data" }, data: "a=b", maxRedirects: 0 });
  expect(noBoundary.status()).toBe(400);
  const star = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(process.env.E2E_PORT), "127.0.0.1", () => socket.write("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    let text = "";
    socket.on("data", (d) => (text += d.toString()));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
  expect(star).toMatch(/^HTTP\/1\.1 400/);
  expect(star.toLowerCase()).toContain("content-security-policy:");
});

test("forgot password: the same answer for any email, a mail with a single-use link, and old cookies refused after", async ({ browser }) => {
  const received: { to: string; body: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(Number(process.env.E2E_SMTP_PORT), "127.0.0.1", () => r()));
  try {
    const context = await newLearnerContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("forgot");
    await signUp(page, { email, locale: "en" });
    const oldCookies = await context.cookies();
    await context.clearCookies();

    await page.goto("/en/signin");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page).toHaveURL(/\/en\/forgot$/);
    await page.locator('input[name="email"]').fill(uniqueEmail("nobody"));
    await page.getByRole("button", { name: "Send reset link" }).click();
    const sent = "If an account exists for this email, we sent a link to it. It works once, for 30 minutes. Check your spam folder too.";
    await expect(page.getByRole("status")).toHaveText(sent);
    await page.goto("/en/forgot");
    await page.locator('input[name="email"]').fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toHaveText(sent);

    await expect.poll(() => received.filter((m) => m.to === email).length, { timeout: 15_000 }).toBe(1);
    const body = received.find((m) => m.to === email)!.body.replace(/=\r?\n/g, "");
    const link = body.match(/https?:\/\/[^\s]+\/en\/reset\/[A-Za-z0-9_-]{43}/)![0];
    expect(received).toHaveLength(1);

    await page.goto(new URL(link).pathname);
    await page.locator('input[name="password"]').fill("a whole new sentence 9");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page).toHaveURL(/\/en\/dashboard$/);

    // The link works once.
    await page.goto(new URL(link).pathname);
    await expect(page.getByText(/This reset link is not valid any more/)).toBeVisible();

    // The cookie from before the reset is refused.
    const old = await newLearnerContext(browser);
    await old.addCookies(oldCookies);
    expect((await (await (await old.newPage()).request.get("/api/me")).json()).user).toBeNull();
    await old.close();

    // The old password no longer works; the new one does.
    await context.clearCookies();
    await signIn(page, { email, password: PASSWORD, locale: "en" });
    await expect(page.getByRole("status")).toHaveText("Email or password is wrong.");
    await signIn(page, { email, password: "a whole new sentence 9", locale: "en" });
    await expect(page).toHaveURL(/\/en\/dashboard$/);
    await context.close();
  } finally {
    await new Promise<void>((r) => smtp.close(() => r()));
  }
});

test("পাসওয়ার্ড ভুলে গেছেন? is on the Bengali sign-in page and works without JavaScript", async ({ browser }) => {
  const context = await newLearnerContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByRole("link", { name: "পাসওয়ার্ড ভুলে গেছেন?" }).click();
  await page.locator('input[name="email"]').fill(uniqueEmail("nojs-forgot"));
  await page.getByRole("button", { name: "রিসেট লিংক পাঠান" }).click();
  await expect(page.getByText(/এই ইমেইলে কোনো অ্যাকাউন্ট থাকলে/)).toBeVisible();
  await context.close();
});

test("behind a TLS proxy (X-Forwarded-Proto: https) sign-up, sign-out and sign-in redirect without errors", async ({ browser }) => {
  const context = await newLearnerContext(browser, { extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const page = await context.newPage();
  const email = uniqueEmail("tls");
  await signUp(page, { email, locale: "en" });
  expect((await context.cookies()).find((c) => c.name === "__Secure-authjs.session-token")?.secure).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await signIn(page, { email, locale: "en" });
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await context.close();
});
