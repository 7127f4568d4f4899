// The SQLite driver: the only module (with its tests) that imports better-sqlite3.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

/** The committed migrations (looked up when migrating, not when the server bundle loads). */
export const migrationsFolder = () => path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations", "sqlite");

/** A connection with the settings every connection must have. @param {string} file */
export function openSqliteConnection(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // In WAL mode NORMAL survives a killed process; only a power cut can lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}

/** Drizzle on a SQLite file. @param {string} file @param {Record<string, unknown>} schema */
export function openSqlite(file, schema) {
  const client = openSqliteConnection(file);
  const db = drizzle(client, { schema });
  return {
    db,
    dialect: "sqlite",
    /** Runs a raw SQL statement that returns rows (EXPLAIN, ANALYZE…). */
    async rows(query) {
      return db.all(query);
    },
    async ping() {
      client.prepare("SELECT 1").get();
    },
    /** The plan of a statement as the data layer builds it (Drizzle's toSQL()). */
    async explain(text, params) {
      return client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params);
    },
    /** Refreshes the planner's statistics after a bulk load. */
    async analyze() {
      client.exec("ANALYZE");
    },
    async close() {
      client.close();
    },
  };
}

/** Applies the committed migrations; safe to run on every start. @param {string} file */
export function migrateSqlite(file) {
  const client = openSqliteConnection(file);
  try {
    migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
  } finally {
    client.close();
  }
}

/**
 * A consistent copy through SQLite's online backup API (safe while the server writes), checked
 * with PRAGMA integrity_check. @param {string} source @param {string} destination
 */
export async function backupSqlite(source, destination) {
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
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`backup failed integrity_check: ${integrity}`);
    const tables = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").pluck().all();
    const counts = Object.fromEntries(tables.map((t) => [t, copy.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]));
    return { destination, integrity, counts };
  } finally {
    copy.close();
  }
}
