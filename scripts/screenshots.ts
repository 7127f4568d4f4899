// Screenshots of pages as a learner sees them: `tsx scripts/screenshots.ts BASE_URL OUT_DIR path...`
// Each path in Bengali and English, on a desktop and on a 360 px phone.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [base = "http://127.0.0.1:3000", out = "/tmp/kajshekha-shots", ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 760 } };
for (const [name, viewport] of Object.entries(viewports)) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, storageState: process.env.STORAGE_STATE });
  const page = await context.newPage();
  for (const p of paths.length ? paths : ["/"]) {
    for (const prefix of ["", "/en"]) {
      const url = `${base}${prefix}${p === "/" && prefix ? "" : p}`;
      await page.goto(url, { waitUntil: "networkidle" });
      const file = path.join(out, `${name}${prefix.replace("/", "-") || "-bn"}${p.replace(/[/?=&]+/g, "_")}.png`);
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === "1" });
      console.log(file);
    }
  }
  await context.close();
}
await browser.close();
