// Applies the committed Drizzle migrations to the SQLite file; safe to run on every start.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function migrateDatabase(file) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    migrate(drizzle(sqlite), { migrationsFolder: path.join(root, "db/migrations") });
  } finally {
    sqlite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.env.DATABASE_URL ?? path.join(root, "data/kajshekha.db");
  migrateDatabase(file);
  console.log(`migrated ${file}`);
}
