import { expect, test, type Page } from "@playwright/test";
import { devices } from "@playwright/test";
import { firstTrack } from "./content-data";

// A cold first visit to a lesson on a phone: nothing cached, every byte counted as it came over the
// wire (CDP Network.loadingFinished gives the encoded, i.e. compressed, length of each response).
const BUDGET = 200 * 1024;
const phone = devices["Pixel 7"];
test.use({ viewport: phone.viewport, userAgent: phone.userAgent, deviceScaleFactor: phone.deviceScaleFactor, isMobile: true, hasTouch: true });

async function coldVisit(page: Page, path: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map<string, string>();
  const types = new Map<string, string>();
  const sizes: { url: string; type: string; bytes: number }[] = [];
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) =>
    sizes.push({ url: urls.get(e.requestId) ?? "?", type: types.get(e.requestId) ?? "?", bytes: e.encodedDataLength }),
  );
  await page.goto(path, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState("networkidle");
  return sizes;
}

for (const locale of ["bn", "en"] as const) {
  test(`a cold lesson visit on a phone transfers at most 200 KB (${locale})`, async ({ page }) => {
    // Measured 2026-12-08: bn 199.4 KB (JavaScript 143.1, font 36.8, HTML 12.7, CSS 6.7), en 192.4 KB.
    const lesson = firstTrack.lessons[0]!;
    const sizes = await coldVisit(page, `${locale === "en" ? "/en" : ""}/tracks/${firstTrack.slug}/${lesson.slug}`);
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const byType: Record<string, number> = {};
    for (const s of sizes) byType[s.type] = (byType[s.type] ?? 0) + s.bytes;
    console.log(`${locale}: ${(total / 1024).toFixed(1)} KB in ${sizes.length} requests`, Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, `${(v / 1024).toFixed(1)} KB`])));
    expect(sizes.every((s) => new URL(s.url).hostname === "127.0.0.1"), "only this origin").toBe(true);
    expect(total, sizes.map((s) => `${s.bytes} ${s.url}`).join("\n")).toBeLessThanOrEqual(BUDGET);
    // Latin is the system's font; an English page's Bengali searches come from their own small font.
    const fonts = sizes.filter((s) => s.type === "Font").map((s) => new URL(s.url).pathname);
    expect(fonts.filter((f) => f.includes("latin")), "no Latin webfont").toEqual([]);
    if (locale === "en") expect(fonts, "not the whole Bengali font").not.toContain("/fonts/noto-sans-bengali-bengali-400.woff2");
    else expect(fonts).toContain("/fonts/noto-sans-bengali-bengali-400.woff2");
  });
}
