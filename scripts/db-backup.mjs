// `npm run db:backup [path]`: a consistent copy of the live database through SQLite's online
// backup API (safe while the server writes), then checked with PRAGMA integrity_check.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function backupDatabase(source, destination) {
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`backup failed integrity_check: ${result}`);
    const counts = Object.fromEntries(
      ["users", "lesson_completions", "checklist_marks", "lesson_visits"].map((t) => [t, copy.prepare(`SELECT count(*) AS n FROM ${t}`).get().n]),
    );
    return { destination, integrity: result, counts };
  } finally {
    copy.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = path.resolve(root, (process.env.DATABASE_URL ?? "data/kajshekha.db").replace(/^file:/, ""));
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const destination = path.resolve(process.argv[2] ?? path.join(root, "data", "backups", `kajshekha-${stamp}.db`));
  const result = await backupDatabase(source, destination);
  console.log(`backup ok: ${result.destination} (integrity_check ${result.integrity}; ${JSON.stringify(result.counts)})`);
}
