import { expect, test } from "@playwright/test";
// @ts-expect-error plain ESM scripts without types
import { startStack } from "../../scripts/cluster.mjs";
// @ts-expect-error plain ESM scripts without types
import { actionId, freePort, freshDatabase, markLesson } from "../../scripts/lib/harness.mjs";
import { firstTrack } from "./content-data";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

// Two app servers on one PostgreSQL behind nginx (npm run cluster): whatever one server does,
// the other knows, because nothing lives in one server's memory that the other needs.
test.skip(!/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""), "runs in the PostgreSQL suite (nginx and PostgreSQL)");
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

type Stack = { url: string; servers: [string, string]; stop(): Promise<void> };
let stack: Stack;
let database: { drop(): Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await freshDatabase("cluster");
  stack = await startStack({ port: await freePort(), instances: 2, databaseUrl: (database as unknown as { url: string }).url, runDir: `${process.env.E2E_DATA_DIR ?? "/tmp"}/cluster-${process.pid}`, quiet: true });
});
test.afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const sessionCookie = (cookies: { name: string; value: string }[]) => {
  const c = cookies.find((x) => x.name.endsWith("authjs.session-token"))!;
  return `${c.name}=${c.value}`;
};
const marksOn = async (server: string, cookie: string) => (await (await fetch(`${server}/api/me`, { headers: { cookie } })).json()) as { user: unknown; done: string[] };

test("nginx serves pages and precompressed assets, and passes the rest to the app servers", async () => {
  const lessonPath = `/en/tracks/${firstTrack.slug}/${firstTrack.lessons[0]!.slug}`;
  const lessonPage = `${stack.url}${lessonPath}`;
  // A visitor's page view: the prerendered page straight from disk, brotli made at build, with
  // the same bytes and the same security headers as the app server's own answer.
  const fromDisk = await fetch(lessonPage, { headers: { "accept-encoding": "gzip, br" } });
  expect(fromDisk.status).toBe(200);
  expect(fromDisk.headers.get("x-cache")).toBe("DISK");
  expect(fromDisk.headers.get("content-encoding")).toBe("br");
  expect(fromDisk.headers.get("content-type")).toBe("text/html; charset=utf-8");
  const direct = await fetch(`${stack.servers[0]}${lessonPath}`, { headers: { "accept-encoding": "gzip" } });
  const html = await fromDisk.text();
  expect(html).toBe(await direct.text());
  for (const header of ["content-security-policy", "x-frame-options", "strict-transport-security", "referrer-policy"]) {
    expect(fromDisk.headers.get(header), header).toBe(direct.headers.get(header));
  }
  // Bengali lives at the bare path, from disk too; gzip for a browser without brotli.
  const home = await fetch(`${stack.url}/`, { headers: { "accept-encoding": "gzip" } });
  expect([home.headers.get("x-cache"), home.headers.get("content-encoding")]).toEqual(["DISK", "gzip"]);
  expect(await home.text()).toContain('<html lang="bn"');
  // Next's router requests come from nginx's own cache the second time, keyed on the RSC headers.
  const rsc = { "accept-encoding": "gzip, br", rsc: "1" };
  expect((await fetch(lessonPage, { headers: rsc })).headers.get("x-cache")).toMatch(/MISS|HIT/);
  const again = await fetch(lessonPage, { headers: rsc });
  expect(again.headers.get("x-cache")).toBe("HIT");
  expect(again.headers.get("content-type")).toContain("text/x-component");
  // A learner's request never touches the disk copy or the cache; nor does a query string.
  const learner = await fetch(lessonPage, { headers: { "accept-encoding": "gzip, br", cookie: "authjs.session-token=x" } });
  expect(learner.headers.get("x-cache")).toBe("BYPASS");
  expect((await fetch(`${lessonPage}?ref=share`)).headers.get("x-cache")).not.toBe("DISK");
  // Save-Data goes to the app, whose request guard answers with the cookie the page's script reads.
  const saver = await fetch(lessonPage, { headers: { "save-data": "on" } });
  expect(saver.headers.get("x-cache")).not.toBe("DISK");
  expect(saver.headers.getSetCookie().join(";")).toMatch(/\w+=/);
  // A path with no prerendered page goes to the app.
  expect((await fetch(`${stack.url}/en/no-such-page`)).status).toBe(404);
  expect((await fetch(`${stack.url}/index`)).headers.get("x-cache")).not.toBe("DISK");
  const css = html.match(/\/_next\/static\/[^"]+\.css/)![0];
  const asset = await fetch(`${stack.url}${css}`, { headers: { "accept-encoding": "br" } });
  expect(asset.headers.get("content-encoding")).toBe("br");
  expect(asset.headers.get("cache-control")).toContain("immutable");
  // The API is never cached (no cache lock to wait behind either).
  const health = await fetch(`${stack.url}/api/health`);
  expect(health.status).toBe(200);
  expect(health.headers.get("x-cache")).toBeNull();
});

test("a mark made through server 1 shows on server 2, and sign-out everywhere on one revokes the cookie on the other", async ({ browser }) => {
  const [one, two] = stack.servers;
  const context = await browser.newContext({ baseURL: stack.url });
  const page = await context.newPage();
  const email = uniqueEmail("cluster");
  await signUp(page, { email, password: PASSWORD, locale: "en" });
  const cookie = sessionCookie(await context.cookies());

  const lesson = firstTrack.lessons[1]!;
  const marked = await markLesson(one, { id: actionId("markLesson"), cookie, lessonId: lesson.id, page: `/en/tracks/${firstTrack.slug}/${lesson.slug}` });
  expect(marked).toBe(true);
  expect((await marksOn(two, cookie)).done).toContain(lesson.id);
  expect((await marksOn(stack.url, cookie)).done).toContain(lesson.id);

  // Sign out everywhere through server 1 (the browser talks to it directly)…
  const direct = await browser.newContext({ baseURL: one });
  await direct.addCookies((await context.cookies()).map((c) => ({ ...c, domain: "127.0.0.1" })));
  const onOne = await direct.newPage();
  await onOne.goto("/en/account");
  await onOne.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(onOne).toHaveURL(/\/en$/);
  // …and the old cookie is refused by server 2 and through the proxy.
  expect((await marksOn(two, cookie)).user).toBeNull();
  expect((await marksOn(stack.url, cookie)).user).toBeNull();
  await direct.close();
  await context.close();
});

test("the sign-in throttle counts failures made on both servers", async ({ browser }) => {
  const [one, two] = stack.servers;
  const context = await browser.newContext({ baseURL: stack.url });
  const page = await context.newPage();
  const email = uniqueEmail("cluster-throttle");
  await signUp(page, { email, password: PASSWORD, locale: "en" });
  await context.close();

  async function attempt(server: string, password: string) {
    const csrf = await fetch(`${server}/api/auth/csrf`);
    const { csrfToken } = await csrf.json();
    const res = await fetch(`${server}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
    });
    return { signedIn: res.headers.getSetCookie().some((c) => c.includes("session-token=") && !c.includes("session-token=;")), location: res.headers.get("location") ?? "" };
  }
  for (let i = 0; i < 10; i++) expect((await attempt(i % 2 === 0 ? one : two, `wrong password ${i}`)).signedIn).toBe(false);
  // Five failures on each server: the right password is now refused on either.
  for (const server of [one, two]) {
    const result = await attempt(server, PASSWORD);
    expect(result.signedIn).toBe(false);
    expect(decodeURIComponent(result.location)).toContain("throttled");
  }
});
