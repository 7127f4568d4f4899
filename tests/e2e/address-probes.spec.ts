import http from "node:http";
import { expect, test } from "@playwright/test";
// @ts-expect-error plain ESM scripts without types
import { freePort, freshDatabase, startServer } from "../../scripts/lib/harness.mjs";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

// The limits keyed by client address, probed over real sockets against a production server that
// trusts no proxy (TRUST_PROXY_HOPS unset, as `npm start` runs): each client binds its own
// loopback address (127.0.0.2, 127.0.0.3…), the way different learners reach the server.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

let server: { url: string; stop(): Promise<void> };
let database: { url: string; drop(): Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await freshDatabase("address-probes");
  server = await startServer({ port: await freePort(), databaseUrl: database.url, env: { TRUST_PROXY_HOPS: "" } });
});
test.afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request from `from` (a loopback address this client binds to). */
function send(url: string, { from, method = "GET", headers = {}, body }: { from: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, localAddress: from, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const cookiesOf = (a: Answer) => ((a.headers["set-cookie"] as string[] | undefined) ?? []).map((c) => c.split(";")[0]).join("; ");

/** A password sign-in through Auth.js's own endpoint, from one address; true when a session cookie came back. */
async function signInFrom(from: string, email: string, password: string, forwardedFor?: string) {
  const extra: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await send(`${server.url}/api/auth/csrf`, { from, headers: extra });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await send(`${server.url}/api/auth/callback/credentials`, {
    from,
    method: "POST",
    headers: { ...extra, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
  });
  const set = (res.headers["set-cookie"] as string[] | undefined) ?? [];
  return { signedIn: set.some((c) => /session-token=[^;]/.test(c)), location: decodeURIComponent(String(res.headers.location ?? "")) };
}

const randomAddress = () => `10.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

test("without TRUST_PROXY_HOPS, rotating X-Forwarded-For gains nothing, and the owner still signs in from another address", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const email = uniqueEmail("probe-owner");
  await signUp(page, { email, locale: "en" });
  await context.close();

  // The attacker at 127.0.0.2 sends a new forged address with every guess.
  for (let i = 0; i < 10; i++) expect((await signInFrom("127.0.0.2", email, `wrong guess ${i}`, randomAddress())).signedIn).toBe(false);
  const attacker = await signInFrom("127.0.0.2", email, PASSWORD, randomAddress());
  expect(attacker.signedIn).toBe(false);
  expect(attacker.location).toContain("throttled");
  // The owner, from their own address, is not locked out.
  expect((await signInFrom("127.0.0.3", email, PASSWORD)).signedIn).toBe(true);
});

test("on a shared address, ten wrong passwords by one learner never stop the next learner's sign-up", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const first = uniqueEmail("probe-cafe-1");
  await signUp(page, { email: first, locale: "en" });
  await page.context().clearCookies();
  // The browser reaches the server from 127.0.0.1, as every learner in the same café would.
  for (let i = 0; i < 10; i++) expect((await signInFrom("127.0.0.1", first, `typo ${i}`)).signedIn).toBe(false);
  await signUp(page, { email: uniqueEmail("probe-cafe-2"), locale: "en" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

test("sign-up bursts from one address are limited, with a translated message, and create no account", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false });
  const page = await context.newPage();
  // The earlier tests made three accounts from this address; the limit is ten an hour.
  for (let i = 0; i < 7; i++) {
    await signUp(page, { email: uniqueEmail(`probe-burst-${i}`), locale: "en" });
    await context.clearCookies();
  }
  const refused = uniqueEmail("probe-burst-refused");
  await page.goto("/signup");
  await page.locator('input[name="name"]').fill("রহিম");
  await page.locator('input[name="email"]').fill(refused);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByText(/মিনিট পরে আবার চেষ্টা করুন/)).toBeVisible();
  expect(page.url()).toContain("/signup");
  // No account was made: signing in with it fails as for any unknown email.
  expect((await signInFrom("127.0.0.5", refused, PASSWORD)).signedIn).toBe(false);
  await context.close();
});

test("malformed requests answer 400 with the security headers, and redirects carry them too", async () => {
  for (const target of ["/%E0%A4%A", "/tracks/%zz"]) {
    const res = await send(`${server.url}${target}`, { from: "127.0.0.6" });
    expect(res.status, target).toBe(400);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  }
  const star = await new Promise<number>((resolve, reject) => {
    const url = new URL(server.url);
    const req = http.request({ host: url.hostname, port: url.port, method: "OPTIONS", path: "*", localAddress: "127.0.0.6", agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
  expect(star).toBe(400);
  const redirect = await send(`${server.url}/en/`, { from: "127.0.0.6" });
  expect(redirect.status).toBe(308);
  expect(redirect.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(redirect.headers["x-frame-options"]).toBe("DENY");
});
