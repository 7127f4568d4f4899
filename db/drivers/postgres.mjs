// The PostgreSQL driver, through postgres-js: pure JavaScript (nothing to compile), its own
// connection pool, and reconnection after an outage without help.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/** The committed migrations (looked up when migrating, not when the server bundle loads). */
export const migrationsFolder = () => path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations", "pg");

/** @param {string} url @param {{ max?: number }} [options] */
function connect(url, options = {}) {
  return postgres(url, {
    max: options.max ?? Number(process.env.PG_POOL_MAX ?? 10),
    // Fail a page fast while the database is away; the pool reconnects once it is back.
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => {},
  });
}

/** Drizzle on PostgreSQL. @param {string} url @param {Record<string, unknown>} schema */
export function openPostgres(url, schema, options = {}) {
  const client = connect(url, options);
  const db = drizzle(client, { schema });
  return {
    db,
    dialect: "postgres",
    async rows(query) {
      return db.execute(query);
    },
    async ping() {
      await client`SELECT 1`;
    },
    /** The plan of a statement as the data layer builds it (Drizzle's toSQL()). */
    async explain(text, params) {
      const [row] = await client.unsafe(`EXPLAIN (FORMAT JSON) ${text}`, params);
      return row["QUERY PLAN"];
    },
    async analyze() {
      await client`ANALYZE`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/** Applies the committed migrations; safe to run on every start. @param {string} url */
export async function migratePostgres(url) {
  const client = connect(url, { max: 1 });
  try {
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
  } finally {
    await client.end({ timeout: 5 });
  }
}
