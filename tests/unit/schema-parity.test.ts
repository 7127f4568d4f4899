import { getTableConfig as pgConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { is, sql, Table } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as pg from "@/db/schema/pg";
import * as sqlite from "@/db/schema/sqlite";
import { getDb, rawRows } from "@/db/client";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

type Shape = {
  columns: { name: string; notNull: boolean; primary: boolean; kind: string }[];
  primaryKeys: string[][];
  uniques: string[][];
  indexes: { name: string | undefined; columns: string[]; unique: boolean }[];
  foreignKeys: { columns: string[]; table: string; foreignColumns: string[]; onDelete: string | undefined }[];
};

// What a column holds, the same word in both dialects: integers (ids, counts, millisecond times)
// or text.
const kindOf = (sqlType: string) => (/int|serial/i.test(sqlType) ? "integer" : /text|char/i.test(sqlType) ? "text" : sqlType);
const names = (cols: { name: string }[]) => cols.map((c) => c.name);
const sorted = <T,>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function shape(config: ReturnType<typeof pgConfig> | ReturnType<typeof sqliteConfig>): Shape {
  return {
    columns: sorted(config.columns.map((c) => ({ name: c.name, notNull: c.notNull, primary: c.primary, kind: kindOf(c.getSQLType()) }))),
    primaryKeys: sorted(config.primaryKeys.map((pk) => names(pk.columns))),
    uniques: sorted([
      ...config.uniqueConstraints.map((u) => names(u.columns)),
      ...config.columns.filter((c) => c.isUnique).map((c) => [c.name]),
    ]),
    indexes: sorted(
      config.indexes.map((i) => ({
        name: i.config.name,
        columns: i.config.columns.map((c) => ("name" in c ? (c as { name: string }).name : String(c))),
        unique: i.config.unique,
      })),
    ),
    foreignKeys: sorted(
      config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        return { columns: names(ref.columns), table: (ref.foreignTable as unknown as { [k: symbol]: string })[Symbol.for("drizzle:Name")]!, foreignColumns: names(ref.foreignColumns), onDelete: fk.onDelete };
      }),
    ),
  };
}

const tablesOf = (mod: Record<string, unknown>) => Object.entries(mod).filter(([, v]) => is(v, Table));

describe("the two schemas (db/schema/sqlite.ts and db/schema/pg.ts)", () => {
  it("have the same tables under the same export names", () => {
    expect(tablesOf(pg).map(([k]) => k).sort()).toEqual(tablesOf(sqlite).map(([k]) => k).sort());
    expect(tablesOf(pg).length).toBeGreaterThanOrEqual(5);
  });

  for (const [key, table] of tablesOf(sqlite)) {
    it(`agree on ${key}: columns, keys, indexes and cascades`, () => {
      const lite = sqliteConfig(table as SQLiteTable);
      const post = pgConfig((pg as Record<string, unknown>)[key] as PgTable);
      expect(post.name).toBe(lite.name);
      expect(shape(post)).toEqual(shape(lite));
    });
  }

  it("notice a difference (a column missing on one side fails the comparison)", () => {
    const lite = shape(sqliteConfig(sqlite.users));
    const changed = { ...lite, columns: lite.columns.slice(1) };
    expect(changed).not.toEqual(shape(pgConfig(pg.users)));
  });
});

describe("the committed migrations", () => {
  for (const [dialect, schema] of [
    ["sqlite", "db/schema/sqlite.ts"],
    ["postgresql", "db/schema/pg.ts"],
  ] as const) {
    it(`are up to date with the ${dialect} schema (drizzle-kit finds nothing to generate)`, () => {
      // drizzle-kit wants a folder relative to the project: a scratch copy under node_modules/.cache.
      mkdirSync("node_modules/.cache", { recursive: true });
      const out = path.relative(process.cwd(), mkdtempSync(path.resolve("node_modules/.cache/migrations-")));
      const folder = dialect === "sqlite" ? "sqlite" : "pg";
      cpSync(path.resolve("db/migrations", folder), out, { recursive: true });
      const result = spawnSync(path.resolve("node_modules/.bin/drizzle-kit"), ["generate", `--dialect=${dialect}`, `--schema=${schema}`, `--out=${out}`], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/No schema changes/);
    }, 60_000);
  }

  it(`create exactly the schema's tables and columns (${testDialect})`, async () => {
    await useTempDatabase();
    const { dialect } = await getDb();
    const rows =
      dialect === "sqlite"
        ? await rawRows<{ table: string; column: string }>(
            sql.raw(`SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__drizzle%'`),
          )
        : await rawRows<{ table: string; column: string }>(
            sql.raw(`SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public'`),
          );
    const actual = rows.map((r) => `${r.table}.${r.column}`).sort();
    const expected = tablesOf(sqlite)
      .flatMap(([, table]) => {
        const config = sqliteConfig(table as SQLiteTable);
        return config.columns.map((c) => `${config.name}.${c.name}`);
      })
      .sort();
    expect(actual).toEqual(expected);
  });
});
