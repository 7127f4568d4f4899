import "server-only";
import type { SQL } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { databaseConfig } from "./config.mjs";
import type { DriverHandle } from "./drivers/types";
import * as pgSchema from "./schema/pg";
import * as sqliteSchema from "./schema/sqlite";

/**
 * The data layer is written once for both dialects. It is typed as PostgreSQL, whose query
 * builders can only be awaited: the same awaited builders run on better-sqlite3, while the
 * SQLite-only `.get()/.all()/.run()` do not type-check. `tables` are the chosen dialect's tables,
 * identical in shape (tests/unit/schema-parity.test.ts).
 */
export type Db = PostgresJsDatabase<typeof pgSchema>;
export type Tables = typeof pgSchema;

type Connection = { raw: string | undefined; handle: DriverHandle<Db>; tables: Tables };
const globalForDb = globalThis as unknown as { kajshekhaDb?: Promise<Connection> & { raw?: string | undefined } };

async function open(previous: Promise<Connection> | undefined): Promise<Connection> {
  if (previous) await (await previous.catch(() => undefined))?.handle.close().catch(() => {});
  const raw = process.env.DATABASE_URL;
  const config = databaseConfig();
  if (config.dialect === "postgres") {
    const { openPostgres } = await import("./drivers/postgres.mjs");
    return { raw, handle: openPostgres(config.url, pgSchema) as DriverHandle<Db>, tables: pgSchema };
  }
  const { openSqlite } = await import("./drivers/sqlite.mjs");
  // Same shape, another dialect: see the note on Db above.
  return { raw, handle: openSqlite(config.file, sqliteSchema) as DriverHandle<Db>, tables: sqliteSchema as unknown as Tables };
}

/** This process's connection, opened on first use and again when DATABASE_URL changes (tests). */
function connection(): Promise<Connection> {
  const current = globalForDb.kajshekhaDb;
  if (current && current.raw === process.env.DATABASE_URL) return current;
  const next = Object.assign(open(current), { raw: process.env.DATABASE_URL });
  globalForDb.kajshekhaDb = next;
  // A failed open is not kept: the next call tries again.
  next.catch(() => {
    if (globalForDb.kajshekhaDb === next) globalForDb.kajshekhaDb = undefined;
  });
  return next;
}

/** The one connection (a pool on PostgreSQL) of this process, kept across hot reloads. */
export async function getDb(): Promise<{ db: Db; t: Tables; dialect: "sqlite" | "postgres" }> {
  const { handle, tables } = await connection();
  return { db: handle.db, t: tables, dialect: handle.dialect };
}

const preparedStatements = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement of the hot path (the session check, the learner's state), built and prepared once
 * per connection and then only bound and run: no SQL is rebuilt and, on SQLite, none is compiled
 * again per request. `build` gets the connection and must use `sql.placeholder(...)` for every
 * value; the result's `.execute({ ... })` runs it (on PostgreSQL postgres-js keeps the server-side
 * prepared statement per pooled connection itself).
 */
export async function prepared<Q>(name: string, build: (handle: { db: Db; t: Tables }) => Q): Promise<Q> {
  const { db, t } = await getDb();
  let statements = preparedStatements.get(db);
  if (!statements) preparedStatements.set(db, (statements = new Map()));
  let statement = statements.get(name) as Q | undefined;
  if (!statement) statements.set(name, (statement = build({ db, t })));
  return statement;
}

/** Rows of a raw statement (EXPLAIN and the like), whatever the dialect. */
export async function rawRows<T>(query: SQL): Promise<T[]> {
  return (await (await connection()).handle.rows(query)) as T[];
}

/** The database's plan for a statement built by the data layer (`builder.toSQL()`). */
export async function explainQuery(query: { sql: string; params: unknown[] }): Promise<unknown> {
  return (await connection()).handle.explain(query.sql, query.params);
}

/** Refreshes the planner's statistics (after a bulk load). */
export async function analyzeDatabase(): Promise<void> {
  await (await connection()).handle.analyze();
}

/** Answers when the database does; throws when it does not (health checks). */
export async function pingDatabase(): Promise<void> {
  await (await connection()).handle.ping();
}

/** Closes this process's connection (tests and scripts that finish). */
export async function closeDb(): Promise<void> {
  const current = globalForDb.kajshekhaDb;
  globalForDb.kajshekhaDb = undefined;
  await (await current?.catch(() => undefined))?.handle.close();
}
