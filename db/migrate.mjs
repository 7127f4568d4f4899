// Applies the committed migrations of whichever database DATABASE_URL names.
import { databaseConfig, redactUrl } from "./config.mjs";

/** @param {{ dialect: "sqlite", file: string } | { dialect: "postgres", url: string }} [config] */
export async function migrateDatabase(config = databaseConfig()) {
  if (config.dialect === "postgres") {
    const { migratePostgres } = await import("./drivers/postgres.mjs");
    await migratePostgres(config.url);
    return redactUrl(config.url);
  }
  const { migrateSqlite } = await import("./drivers/sqlite.mjs");
  migrateSqlite(config.file);
  return config.file;
}
