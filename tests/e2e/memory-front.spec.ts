import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
// @ts-expect-error plain ESM scripts without types
import { migrateDatabase } from "../../scripts/migrate.mjs";
// @ts-expect-error plain ESM scripts without types
import { freePort, startServer } from "../../scripts/lib/harness.mjs";
import { tracks } from "./content-data";

// The production server answers prerendered pages and /_next/static from memory. Two servers on the
// same build, one with that front and one with every request left to Next, must answer the same.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

type Server = { url: string; stop(): Promise<void> };
let front: Server;
let plain: Server;

test.beforeAll(async () => {
  const database = () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-front-")), "db.sqlite");
    migrateDatabase(file);
    return file;
  };
  [front, plain] = await Promise.all([
    startServer({ port: await freePort(), databaseFile: database() }),
    startServer({ port: await freePort(), databaseFile: database(), env: { SERVE_FROM_MEMORY: "0" } }),
  ]);
});

// The front turns itself off when the routes manifest has conditional rewrites (the signed-in
// twins in next.config.ts); it is being removed by another change. Until then, say so and skip.
let frontOn = true;
test.beforeAll(async () => {
  const probe = await fetch(`${front.url}/_next/static/not-a-file.js`);
  const home = await fetch(`${front.url}/`);
  frontOn = home.headers.get("x-served-from") === "memory" || probe.headers.get("x-served-from") === "memory";
});
test.beforeEach(() => {
  test.skip(!frontOn, "memory front is off: conditional rewrites in the routes manifest");
});

test.afterAll(async () => {
  await Promise.all([front?.stop(), plain?.stop()]);
});

const pagePaths = ["", "/en"].flatMap((prefix) => [
  prefix || "/",
  `${prefix}/marketplaces`,
  ...tracks.flatMap((t) => [`${prefix}/tracks/${t.slug}`, ...t.lessons.map((l) => `${prefix}/tracks/${t.slug}/${l.slug}`)]),
]);

// Headers that differ by design: per response, per connection, or saying who answered.
const OWN = new Set(["date", "etag", "connection", "keep-alive", "transfer-encoding", "x-nextjs-cache", "x-served-from"]);
function comparable(headers: Headers) {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    // Next repeats x-nextjs-prerender; a header's meaning does not change with repetition.
    if (!OWN.has(key)) out[key] = [...new Set(value.split(", "))].join(", ");
  });
  return out;
}

const identity = { "accept-encoding": "identity" };

test("every prerendered page is served from memory, byte for byte and header for header what Next serves", async () => {
  expect(pagePaths).toHaveLength(2 * (2 + tracks.length + tracks.reduce((n, t) => n + t.lessons.length, 0)));
  for (const pagePath of pagePaths) {
    const [a, b] = await Promise.all([fetch(`${front.url}${pagePath}`, { headers: identity }), fetch(`${plain.url}${pagePath}`, { headers: identity })]);
    expect(a.status, pagePath).toBe(200);
    expect(a.headers.get("x-served-from"), pagePath).toBe("memory");
    expect(b.headers.get("x-served-from"), pagePath).toBeNull();
    expect(comparable(a.headers), pagePath).toEqual(comparable(b.headers));
    expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer())), pagePath).toBe(true);
  }
});

test("static files come from memory with Next's type and caching; query strings do not matter", async () => {
  const html = await (await fetch(`${front.url}/en`)).text();
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!))];
  expect(assets.length).toBeGreaterThan(3);
  for (const asset of assets) {
    const [a, b] = await Promise.all([fetch(`${front.url}${asset}?dpl=1`, { headers: identity }), fetch(`${plain.url}${asset}`, { headers: identity })]);
    expect(a.headers.get("x-served-from"), asset).toBe("memory");
    for (const key of ["content-type", "cache-control", "content-security-policy", "x-content-type-options"]) expect(a.headers.get(key), `${asset} ${key}`).toBe(b.headers.get(key));
    expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer())), asset).toBe(true);
  }
});

/** The first request for an encoding is Next's while the server compresses; then it is memory's. */
async function fromMemory(url: string, headers: Record<string, string>) {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(url, { headers });
    if (res.headers.get("x-served-from") === "memory") return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never came from memory`);
}

test("compressed copies: brotli first, gzip when brotli is refused, same bytes once decoded", async () => {
  const lesson = `/tracks/${tracks[1]!.slug}/${tracks[1]!.lessons[2]!.slug}`;
  const original = Buffer.from(await (await fetch(`${front.url}${lesson}`, { headers: identity })).arrayBuffer());
  // Raw bytes on the wire: Node's http client does not decode, unlike fetch.
  const raw = async (acceptEncoding: string) => {
    await fromMemory(`${front.url}${lesson}`, { "accept-encoding": acceptEncoding });
    const { request } = await import("node:http");
    return new Promise<{ encoding: string | undefined; length: number; body: Buffer; vary: string | undefined }>((resolve, reject) => {
      request(`${front.url}${lesson}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], length: Number(res.headers["content-length"]), body: Buffer.concat(chunks), vary: res.headers.vary }));
      })
        .on("error", reject)
        .end();
    });
  };
  const br = await raw("gzip, deflate, br, zstd");
  expect(br.encoding).toBe("br");
  expect(br.length).toBe(br.body.length);
  expect(br.length).toBeLessThan(original.length / 4);
  expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
  expect(br.vary).toContain("Accept-Encoding");

  const gz = await raw("br;q=0, gzip");
  expect(gz.encoding).toBe("gzip");
  expect(gunzipSync(gz.body).equals(original)).toBe(true);
});

test("a learner's browser revalidates with the ETag and gets 304 with no body", async () => {
  const page = `/en/tracks/${tracks[0]!.slug}`;
  const first = await fetch(`${front.url}${page}`, { headers: identity });
  const etag = first.headers.get("etag")!;
  expect(etag).toMatch(/^W\/".+"$/);
  const again = await fetch(`${front.url}${page}`, { headers: { ...identity, "if-none-match": etag } });
  expect(again.status).toBe(304);
  expect(again.headers.get("etag")).toBe(etag);
  expect(again.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
  expect((await again.arrayBuffer()).byteLength).toBe(0);
  const other = await fetch(`${front.url}${page}`, { headers: { ...identity, "if-none-match": 'W/"something-else"' } });
  expect(other.status).toBe(200);

  const head = await fetch(`${front.url}${page}`, { method: "HEAD", headers: identity });
  expect(head.headers.get("x-served-from")).toBe("memory");
  expect(Number(head.headers.get("content-length"))).toBe((await first.arrayBuffer()).byteLength);
});

test("everything that is not a plain request for a built file still goes to Next", async () => {
  const lesson = `/tracks/${tracks[0]!.slug}/${tracks[0]!.lessons[0]!.slug}`;
  const cases: [string, RequestInit, number][] = [
    // the client router asking for the RSC payload of a page
    [lesson, { headers: { rsc: "1" } }, 200],
    [`${lesson}?_rsc=abc`, { headers: { rsc: "1" } }, 200],
    // Bengali lives at the bare path, and trailing slashes are redirected
    [`/bn${lesson}`, { redirect: "manual" }, 308],
    [`${lesson}/`, { redirect: "manual" }, 308],
    [`/en/tracks/${tracks[0]!.slug}/no-such-lesson`, {}, 404],
    ["/_next/static/no-such-file.js", {}, 404],
    ["/api/health", {}, 200],
    ["/tracks?device=phone", {}, 200],
  ];
  for (const [target, init, status] of cases) {
    const res = await fetch(`${front.url}${target}`, init);
    expect(res.status, target).toBe(status);
    expect(res.headers.get("x-served-from"), target).toBeNull();
    await res.arrayBuffer();
  }
  const rsc = await fetch(`${front.url}${lesson}`, { headers: { rsc: "1" } });
  expect(rsc.headers.get("content-type")).toContain("text/x-component");
  expect(await rsc.text()).not.toContain("<!DOCTYPE html>");
  const redirected = await fetch(`${front.url}/bn${lesson}`, { redirect: "manual" });
  expect(redirected.headers.get("location")).toBe(lesson);
});
