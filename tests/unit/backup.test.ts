import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { recordVisit } from "@/db/progress";
import { createUser } from "@/db/users";
import { getTracks } from "@/lib/content";
// @ts-expect-error plain ESM script without types
import { backupDatabase, pgTool } from "../../scripts/db-backup.mjs";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

type Backup = { destination: string; integrity?: string; counts?: Record<string, number>; tablesWithData?: number };

describe(`npm run db:backup (${testDialect})`, () => {
  it.runIf(testDialect === "sqlite")("copies SQLite consistently while another process writes: every transaction whole", async () => {
    const config = await useTempDatabase();
    if (config.dialect !== "sqlite") throw new Error("unreachable");
    const db = new Database(config.file);
    db.prepare("INSERT INTO users (email, name, password_hash) VALUES ('w@example.com', 'W', 'h')").run();
    db.close();

    const writer = spawn(process.execPath, [path.resolve("tests/sqlite/writer.mjs"), config.file, "2500", "1"]);
    const writerDone = new Promise((r) => writer.once("exit", r));
    let commits = "";
    writer.stdout.on("data", (d: Buffer) => (commits += d));
    // Copy only once the writer is writing (on a loaded machine it can take a while to start).
    const probe = new Database(config.file, { readonly: true });
    const started = Date.now();
    while ((probe.prepare("SELECT count(*) FROM lesson_visits").pluck().get() as number) === 0 && Date.now() - started < 15_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    probe.close();

    const copies: Backup[] = [];
    for (let i = 0; i < 3; i++) {
      copies.push(await backupDatabase(config, path.join(path.dirname(config.file), `backup-${i}.db`)));
      await new Promise((r) => setTimeout(r, 300));
    }
    await writerDone;

    expect(Number(commits)).toBeGreaterThan(100);
    for (const copy of copies) {
      expect(copy.integrity).toBe("ok");
      expect(copy.counts!.users).toBe(1);
      const backup = new Database(copy.destination, { readonly: true });
      const visits = backup.prepare("SELECT substr(lesson_id, 8) AS i FROM lesson_visits ORDER BY 1").pluck().all();
      const throttles = backup.prepare("SELECT substr(key, 8) AS i FROM rate_limits ORDER BY 1").pluck().all();
      backup.close();
      // Each writer transaction wrote one of each: a copy with half a transaction would differ.
      expect(visits.length).toBeGreaterThan(0);
      expect(throttles).toEqual(visits);
    }
  });

  it.runIf(testDialect === "postgres")("dumps PostgreSQL while learners write, and the archive restores with every row", async () => {
    const config = await useTempDatabase();
    if (config.dialect !== "postgres") throw new Error("unreachable");
    const user = (await createUser({ email: "w@example.com", name: "W", passwordHash: "h", locale: "bn" }))!;
    const lessons = getTracks().flatMap((t) => t.lessons);
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        await recordVisit({ userId: user.id, lessonId: lessons[writes % lessons.length]!.id });
        writes++;
      }
    })();
    const dir = path.join(process.env.TMPDIR ?? "/tmp", `ks-pgdump-${process.pid}`);
    const copy: Backup = await backupDatabase(config, path.join(dir, "backup.dump"));
    writing = false;
    await writer;
    expect(writes).toBeGreaterThan(0);
    expect(copy.tablesWithData).toBeGreaterThanOrEqual(5);

    // Restore into a new database, as README says, and find the learner there.
    const server = new URL(config.url);
    const target = `${server.pathname.slice(1)}_restored`;
    const admin = postgres(config.url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${target}`);
    await admin.end();
    server.pathname = `/${target}`;
    const restore = spawnSync(pgTool("pg_restore"), ["--no-owner", `--dbname=${server}`, copy.destination], { encoding: "utf8" });
    expect(restore.status, restore.stderr).toBe(0);
    const restored = postgres(server.toString(), { max: 1 });
    const [row] = await restored`SELECT count(*)::int AS n FROM users WHERE email = 'w@example.com'`;
    await restored.end();
    expect(row!.n).toBe(1);
  });
});
