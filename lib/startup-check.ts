import { authSecret } from "./env";

// Production refuses to serve without a real AUTH_SECRET: exit at start instead of answering 500s.
try {
  authSecret();
} catch (error) {
  console.error(`[kajshekha] ${(error as Error).message}`);
  process.exit(1);
}
