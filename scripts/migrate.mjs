// `npm run db:migrate`: applies the committed migrations to the database DATABASE_URL names
// (the SQLite file by default, or PostgreSQL). Safe to run again; deployments run it once per release.
import { fileURLToPath } from "node:url";
import { migrateDatabase } from "../db/migrate.mjs";

export { migrateDatabase };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const where = await migrateDatabase();
  console.log(`migrated ${where}`);
}
