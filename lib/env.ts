const WEAK_SECRETS = new Set(["secret", "changeme", "change-me", "development", "test"]);

/**
 * The secret that signs session cookies. Production refuses to run without a real one;
 * `npm start` generates one into data/ when the environment has none.
 */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret && secret.length >= 32 && !WEAK_SECRETS.has(secret)) return secret;
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("AUTH_SECRET is missing or weak (32+ random characters). Run `npm start`, which creates one in data/.");
  }
  return "development-only-secret-not-for-production-use";
}
