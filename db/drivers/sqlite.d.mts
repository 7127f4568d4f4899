import type { DriverHandle } from "./types";
export const SQLITE_MIGRATIONS: string;
export function openSqlite(file: string, schema: Record<string, unknown>): DriverHandle<unknown>;
export function migrateSqlite(file: string): void;
export function backupSqlite(source: string, destination: string): Promise<{ destination: string; integrity: string; counts: Record<string, number> }>;
