import type { SQL } from "drizzle-orm";

/** What each driver module returns: the Drizzle database and the few dialect-specific calls. */
export type DriverHandle<Db> = {
  db: Db;
  dialect: "sqlite" | "postgres";
  rows(query: SQL): Promise<unknown[]>;
  ping(): Promise<void>;
  explain(text: string, params: unknown[]): Promise<unknown>;
  analyze(): Promise<void>;
  close(): Promise<void>;
};
