import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";
import { firstTrack } from "./content-data";

// The checks Lighthouse's old PWA category made (installable manifest, a service worker that
// controls the start URL), asked of Chromium itself: Page.getInstallabilityErrors is the call the
// "installable-manifest" audit used. Lighthouse 12 no longer has that category, so it lives here.
// A persistent profile, as Lighthouse uses: Chromium never offers to install from an incognito one,
// which is what Playwright's ordinary contexts are.
for (const locale of ["bn", "en"] as const) {
  test(`the app is installable in ${locale}: a valid manifest and a service worker controlling the page`, async ({ baseURL }, testInfo) => {
    const profile = mkdtempSync(path.join(os.tmpdir(), "kajshekha-install-"));
    const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
    const page = context.pages()[0] ?? (await context.newPage());
    const prefix = locale === "en" ? "/en" : "";
    await page.goto(`${prefix}/tracks/${firstTrack.slug}/${firstTrack.lessons[0]!.slug}`);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(manifestHref).toBe(`${prefix}/manifest.webmanifest`);
    const manifest = await (await page.request.get(manifestHref!)).json();
    expect(manifest).toMatchObject({ lang: locale, start_url: prefix || "/", display: "standalone", scope: "/" });
    expect(manifest.name).toBe(locale === "bn" ? "কাজশেখা" : "KajShekha");
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const response = await page.request.get(icon.src);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()["content-type"]).toBe(icon.type);
    }

    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    // The manifest is fetched by the browser on its own; poll until it has been read.
    await expect
      .poll(async () => ((await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map((e) => e.errorId), { timeout: 15_000 })
      .toEqual([]);
    const { url, errors } = (await cdp.send("Page.getAppManifest")) as { url: string; errors: { message: string }[] };
    expect(new URL(url).pathname).toBe(`${prefix}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
}
