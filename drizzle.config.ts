// `npm run db:generate` makes a migration for each dialect from its schema (commit both):
// DRIZZLE_DIALECT=postgresql picks the PostgreSQL twin. Generating needs no database.
import { defineConfig } from "drizzle-kit";

const pg = process.env.DRIZZLE_DIALECT === "postgresql";

export default defineConfig(
  pg
    ? { dialect: "postgresql", schema: "./db/schema/pg.ts", out: "./db/migrations/pg" }
    : { dialect: "sqlite", schema: "./db/schema/sqlite.ts", out: "./db/migrations/sqlite" },
);
