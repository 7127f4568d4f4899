import { authSecret } from "./env";

// Production refuses to serve without a real AUTH_SECRET: exit at start instead of answering 500s.
try {
  authSecret();
} catch (error) {
  console.error(`[kajshekha] ${(error as Error).message}`);
  process.exit(1);
}

if (!process.env.SMTP_URL) {
  console.warn("[kajshekha] SMTP_URL is not set: password-reset mails are written to this log, not sent. Set SMTP_URL (smtp://user:pass@host:587) to send them.");
}
if (process.env.NODE_ENV === "production" && !process.env.AUTH_URL) {
  console.warn("[kajshekha] AUTH_URL is not set: reset links use the origin each request names (its Host header). Set AUTH_URL to this site's public origin.");
}
