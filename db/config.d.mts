export type DatabaseConfig = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };
export function databaseConfig(env?: Record<string, string | undefined>, root?: string): DatabaseConfig;
export function redactUrl(url: string): string;
