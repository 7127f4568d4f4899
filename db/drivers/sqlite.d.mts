import type { DriverHandle } from "./types";
export function migrationsFolder(): string;
export function openSqlite(file: string, schema: Record<string, unknown>): DriverHandle<unknown>;
export function migrateSqlite(file: string): void;
export function backupSqlite(source: string, destination: string): Promise<{ destination: string; integrity: string; counts: Record<string, number> }>;
