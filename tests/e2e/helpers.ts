import { randomUUID } from "node:crypto";
import { expect, request, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const PASSWORD = "river boat at sunrise 42";

export function uniqueEmail(tag: string): string {
  return `${tag}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Each learner gets a context with its own client address (the e2e server trusts one proxy hop), so limits by address stay per test. */
export async function newLearnerContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const a = () => Math.floor(Math.random() * 250) + 1;
  return browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": `10.${a()}.${a()}.${a()}`, ...options.extraHTTPHeaders } });
}

export async function signUp(page: Page, { name = "Rahim", email, password = PASSWORD, locale = "bn" }: { name?: string; email: string; password?: string; locale?: "bn" | "en" }) {
  await page.goto(`${locale === "en" ? "/en" : ""}/signup`);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

export async function signIn(page: Page, { email, password = PASSWORD, locale = "bn" }: { email: string; password?: string; locale?: "bn" | "en" }) {
  await page.goto(`${locale === "en" ? "/en" : ""}/signin`);
  await submitSignIn(page, { email, password });
}

/** Fills and sends the sign-in form already on the page (after a redirect to it, say). */
export async function submitSignIn(page: Page, { email, password = PASSWORD }: { email: string; password?: string }) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** A learner with an account who has signed out again: a fresh context, its page and the email. */
export async function signedOutLearner(browser: Browser, tag: string, locale: "bn" | "en" = "en") {
  const context = await newLearnerContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail(tag);
  await signUp(page, { email, locale });
  await context.clearCookies();
  return { context, page, email };
}

type SavedData = {
  profile: { email: string };
  completions: { lessonId: string }[];
  checklist: { item: string }[];
  visits: { lessonId: string }[];
};

/**
 * What the server really saved for a learner, read the way the learner can: signed in over HTTP
 * in a separate client, through "Download my data" (/api/account/export). Null when the email and
 * password no longer sign in (a deleted account). Works the same on SQLite and PostgreSQL.
 */
export async function savedData(email: string, password = PASSWORD): Promise<SavedData | null> {
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${process.env.E2E_PORT}` });
  try {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/" }, maxRedirects: 0 });
    const res = await api.get("/api/account/export");
    return res.ok() ? ((await res.json()) as SavedData) : null;
  } finally {
    await api.dispose();
  }
}

/** How many saved rows of one kind a learner has (optionally for one lesson). */
export async function countSaved(email: string, kind: "completions" | "checklist" | "visits", lessonId?: string): Promise<number> {
  const data = await savedData(email);
  if (!data) return 0;
  const rows = data[kind] as { lessonId?: string }[];
  return lessonId ? rows.filter((r) => r.lessonId === lessonId).length : rows.length;
}

/** 1 when the account exists and signs in with its password, else 0. */
export async function accountCount(email: string, password = PASSWORD): Promise<number> {
  return (await savedData(email, password)) ? 1 : 0;
}

/** Waits until the service worker controls the page (a reload after the first visit, as for any new worker). */
export async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}
