import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One production server (the standalone build, started by scripts/start.mjs as npm start does) on its own
// fresh database for the run: E2E_DATABASE_URL (set by npm test, PostgreSQL or SQLite) or a temp SQLite file.
// The runner sets these once; workers inherit them.
process.env.E2E_PORT ??= String(3200 + Math.floor(Math.random() * 600));
process.env.E2E_SMTP_PORT ??= String(2600 + Math.floor(Math.random() * 400));
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "kajshekha-e2e-"));
const port = Number(process.env.E2E_PORT);
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Debian's Chromium where present; otherwise Playwright's own browser, if installed.
const chromium = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: path.join(process.env.E2E_DATA_DIR, "playwright.json") }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? path.join(process.env.E2E_DATA_DIR, "e2e.db"),
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      // The tests stand in for one trusted proxy: each learner context sends its own address in
      // X-Forwarded-For (helpers.ts), as nginx would append it, so limits by address stay per test.
      TRUST_PROXY_HOPS: "1",
      // tests/e2e/recovery.spec.ts receives the reset mails here with an in-process SMTP server.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
    },
  },
});
