import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { migrateDatabase } from "../../db/migrate.mjs";
// @ts-expect-error plain ESM scripts without types
import { actionId, freePort, markLesson, signInOverHttp, startServer } from "../../scripts/lib/harness.mjs";
import { tracks } from "./content-data";

// Tests of SQLite itself (a second writing process, SIGKILL mid-write, integrity_check), so they
// open the file directly. On PostgreSQL the same guarantees are the server's; the concurrency of
// the data layer there is tested in tests/unit/progress.test.ts.
// Each test runs its own production server on its own database (the build already exists).
test.describe.configure({ mode: "serial" });
test.skip(/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""), "SQLite's own crash safety: runs on the SQLite suite");
// Twenty server starts: generous, for a busy machine.
test.setTimeout(300_000);

const lessonIds = tracks.flatMap((t) => t.lessons.map((l) => l.id));
const page = `/en/tracks/${tracks[0]!.slug}/${tracks[0]!.lessons[0]!.slug}`;
const PASSWORD = "reliable learner password";

async function freshDatabase(learners: number) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-reliability-")), "db.sqlite");
  await migrateDatabase({ dialect: "sqlite", file });
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const db = new Database(file);
  const insert = db.prepare("INSERT INTO users (email, name, password_hash) VALUES (?, ?, ?)");
  const ids = db.transaction(() => Array.from({ length: learners + 1 }, (_, i) => Number(insert.run(`learner${i}@example.com`, `Learner ${i}`, passwordHash).lastInsertRowid)))();
  db.close();
  return { file, ids };
}

function completions(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT u.email AS email, c.lesson_id AS lessonId FROM lesson_completions c JOIN users u ON u.id = c.user_id").all() as { email: string; lessonId: string }[];
  const integrity = db.pragma("integrity_check", { simple: true });
  db.close();
  return { set: new Set(rows.map((r) => `${r.email}|${r.lessonId}`)), integrity };
}

test("50 learners marking at once while another process writes lose nothing", async () => {
  const { file, ids } = await freshDatabase(50);
  const server = await startServer({ port: await freePort(), databaseUrl: file });
  try {
    const id = actionId("markLesson");
    const cookies: string[] = await Promise.all(Array.from({ length: 50 }, (_, i) => signInOverHttp(server.url, { email: `learner${i}@example.com`, password: PASSWORD, address: `10.1.0.${i + 1}` })));
    const writer = spawn(process.execPath, [path.resolve("tests/sqlite/writer.mjs"), file, "4000", String(ids[50])]);
    const writerDone = new Promise((r) => writer.once("exit", r));
    let writerCommits = "";
    writer.stdout.on("data", (d) => (writerCommits += d));

    const acknowledged: string[] = [];
    const errors: string[] = [];
    await Promise.all(
      cookies.map(async (cookie, i) => {
        for (const lessonId of lessonIds.slice(i % 20, (i % 20) + 12)) {
          const ok = await markLesson(server.url, { id, cookie, lessonId, page }).catch(() => false);
          if (ok) acknowledged.push(`learner${i}@example.com|${lessonId}`);
          else errors.push(`learner${i}|${lessonId}`);
        }
      }),
    );
    await writerDone;

    expect(errors).toEqual([]);
    expect(acknowledged).toHaveLength(600);
    expect(Number(writerCommits)).toBeGreaterThan(50);
    const saved = completions(file);
    expect(acknowledged.filter((k) => !saved.set.has(k))).toEqual([]);
    expect(saved.set.size).toBe(600);
    console.log(`[reliability] 50 learners: ${acknowledged.length} marks acknowledged, ${saved.set.size} saved, ${errors.length} errors; second writer committed ${writerCommits.trim()} transactions`);
  } finally {
    await server.stop();
  }
});

test("a server killed with SIGKILL mid-write 20 times keeps every acknowledged mark and an intact database", async () => {
  const { file } = await freshDatabase(10);
  const port = await freePort();
  const acknowledged = new Set<string>();
  let acks = 0;
  let cookies: string[] = [];
  let next = 0;

  for (let round = 0; round < 20; round++) {
    const server = await startServer({ port, databaseUrl: file });
    const id = actionId("markLesson");
    if (cookies.length === 0) {
      cookies = await Promise.all(Array.from({ length: 10 }, (_, i) => signInOverHttp(server.url, { email: `learner${i}@example.com`, password: PASSWORD, address: `10.2.0.${i + 1}` })));
    }
    let stop = false;
    const ackedBefore = acks;
    const writers = cookies.map(async (cookie, i) => {
      while (!stop) {
        const lessonId = lessonIds[next++ % lessonIds.length]!;
        const ok = await markLesson(server.url, { id, cookie, lessonId, page }).catch(() => false);
        if (ok) {
          acknowledged.add(`learner${i}@example.com|${lessonId}`);
          acks++;
        }
      }
    });
    // Killed mid-write: once this round has had some marks acknowledged (however slow the machine
    // is), at a random moment while the writers keep going.
    await expect.poll(() => acks - ackedBefore, { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
    await new Promise((r) => setTimeout(r, Math.random() * 200));
    await server.stop("SIGKILL");
    stop = true;
    await Promise.all(writers);
  }

  const saved = completions(file);
  console.log(`[reliability] 20 SIGKILLs: ${acks} marks acknowledged (${acknowledged.size} distinct), all present: ${[...acknowledged].every((k) => saved.set.has(k))}; integrity_check ${saved.integrity}`);
  expect(saved.integrity).toBe("ok");
  expect(acks).toBeGreaterThanOrEqual(20 * 8);
  expect([...acknowledged].filter((k) => !saved.set.has(k))).toEqual([]);
});
