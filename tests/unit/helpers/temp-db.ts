import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error plain ESM script without types
import { migrateDatabase } from "../../../scripts/migrate.mjs";

/** A fresh, migrated SQLite file in a temp folder; db/client opens it through DATABASE_URL. */
export function useTempDatabase(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-unit-")), "test.db");
  (migrateDatabase as (file: string) => void)(file);
  process.env.DATABASE_URL = file;
  return file;
}
