import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { migrateDatabase } from "../../db/migrate.mjs";
// @ts-expect-error plain ESM scripts without types
import { freePort, startServer } from "../../scripts/lib/harness.mjs";
// @ts-expect-error plain ESM scripts without types
import { startCluster, stopCluster } from "../../scripts/lib/pg-cluster.mjs";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

// PostgreSQL goes away under a running server and comes back: pages answer with the translated
// error page (never a stack trace), /api/health with 503, and the server recovers by itself.
// It runs its own cluster, so the suite's shared database is never stopped.
test.skip(!/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""), "runs in the PostgreSQL suite");
test.setTimeout(180_000);

test("a database outage shows the translated error page and 503, and the server recovers by itself", async ({ browser }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kajshekha-outage-"));
  const url = startCluster(dir, await freePort());
  await migrateDatabase({ dialect: "postgres", url });
  const server = await startServer({ port: await freePort(), databaseUrl: url });
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    await signUp(page, { email: uniqueEmail("outage"), password: PASSWORD, locale: "en" });
    await expect(page).toHaveURL(/\/en\/dashboard$/);

    stopCluster(dir);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ ok: false, error: "databaseUnavailable" });
    for (const [path, title] of [
      ["/en/dashboard", "Something went wrong"],
      ["/dashboard", "কিছু একটা সমস্যা হয়েছে"],
    ] as const) {
      const response = await page.goto(path);
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
      const body = (await response!.text()).toLowerCase();
      for (const leak of ["econnrefused", "at async", "postgres", "stack"]) expect(body).not.toContain(leak);
    }
    // Static pages do not need the database at all.
    await page.goto("/en/tracks");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    startCluster(dir, Number(new URL(url).port));
    await expect.poll(async () => (await fetch(`${server.url}/api/health`)).status, { timeout: 30_000 }).toBe(200);
    await page.goto("/en/dashboard");
    await expect(page).toHaveURL(/\/en\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
    stopCluster(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
