import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

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

/** The e2e server's own SQLite file, read directly to count what was really saved. */
export function openTestDatabase(): Database.Database {
  const file = path.join(process.env.E2E_DATA_DIR!, "e2e.db");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

export function countRows(sql: string, ...params: unknown[]): number {
  const db = openTestDatabase();
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}
