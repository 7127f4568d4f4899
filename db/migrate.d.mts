import type { DatabaseConfig } from "./config.mjs";
export function migrateDatabase(config?: DatabaseConfig): Promise<string>;
