import type { DriverHandle } from "./types";
export function migrationsFolder(): string;
export function openPostgres(url: string, schema: Record<string, unknown>, options?: { max?: number }): DriverHandle<unknown>;
export function migratePostgres(url: string): Promise<void>;
