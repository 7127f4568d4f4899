export function contentSecurityPolicy(isDev?: boolean): string;
export function securityHeaders(isDev?: boolean): { key: string; value: string }[];
export const ASSET_PATH: RegExp;
export function assetHeaders(): { key: string; value: string }[];
