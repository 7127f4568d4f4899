import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { databaseConfig, type DatabaseConfig } from "@/db/config.mjs";
import { migrateDatabase } from "@/db/migrate.mjs";

/** The database the suite runs on: PostgreSQL when TEST_DATABASE_URL names one, else SQLite. */
export const testDialect: "sqlite" | "postgres" = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "") ? "postgres" : "sqlite";

/**
 * A fresh, migrated database for one test file, which db/client opens through DATABASE_URL:
 * a SQLite file in a temp folder, or a new database on the PostgreSQL server of TEST_DATABASE_URL.
 */
export async function useTempDatabase(): Promise<DatabaseConfig> {
  if (testDialect === "postgres") {
    const server = new URL(process.env.TEST_DATABASE_URL!);
    const name = `ks_unit_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    server.pathname = `/${name}`;
    process.env.DATABASE_URL = server.toString();
  } else {
    process.env.DATABASE_URL = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-unit-")), "test.db");
  }
  const config = databaseConfig();
  await migrateDatabase(config);
  return config;
}
