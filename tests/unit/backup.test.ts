import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { backupDatabase } from "../../scripts/db-backup.mjs";
import { useTempDatabase } from "./helpers/temp-db";

describe("npm run db:backup", () => {
  it("makes a consistent, verified copy while another process keeps writing", async () => {
    const file = useTempDatabase();
    const db = new Database(file);
    db.prepare("INSERT INTO users (email, name, password_hash) VALUES ('w@example.com', 'W', 'h')").run();
    db.close();

    const writer = spawn(process.execPath, [path.resolve("scripts/lib/writer.mjs"), file, "2500", "1"]);
    const writerDone = new Promise((r) => writer.once("exit", r));
    let commits = "";
    writer.stdout.on("data", (d) => (commits += d));
    await new Promise((r) => setTimeout(r, 400));

    const copies = [];
    for (let i = 0; i < 3; i++) {
      copies.push(await backupDatabase(file, path.join(path.dirname(file), `backup-${i}.db`)));
      await new Promise((r) => setTimeout(r, 300));
    }
    await writerDone;

    expect(Number(commits)).toBeGreaterThan(100);
    for (const copy of copies) {
      expect(copy.integrity).toBe("ok");
      expect(copy.counts.users).toBe(1);
      const backup = new Database(copy.destination, { readonly: true });
      // Every write the copy holds is whole: each transaction wrote a visit and a throttle row.
      const visits = backup.prepare("SELECT count(*) AS n FROM lesson_visits").get() as { n: number };
      expect(visits.n).toBeGreaterThan(0);
      backup.close();
    }
  });
});
