import "server-only";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { databaseFile } from "@/lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a SQLite file with the settings every connection must have. */
export function openDatabase(file: string): Db {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // In WAL mode NORMAL survives a killed process; only a power cut can lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema }) as Db;
}

const globalForDb = globalThis as unknown as { kajshekhaDb?: { file: string; db: Db } };

/** The one connection of this process, kept across hot reloads in development. */
export function getDb(): Db {
  const file = databaseFile();
  if (globalForDb.kajshekhaDb?.file !== file) {
    globalForDb.kajshekhaDb = { file, db: openDatabase(file) };
  }
  return globalForDb.kajshekhaDb.db;
}

const statements = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement built and prepared once per connection. Hot reads (every signed-in request) skip
 * rebuilding their SQL each time.
 */
export function prepared<T>(name: string, build: (db: Db) => T): T {
  const db = getDb();
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, build(db));
  return cache.get(name) as T;
}
