import "server-only";
import { randomBytes } from "node:crypto";

// A sign-in the server has already decided on (after sign-up, a password change or a reset, or a
// sign-in whose password was checked under the rate limits) is handed to Auth.js as a one-time
// ticket: random, used once, valid for seconds and only in this process, which is the one that
// minted it within the same request. A guessed or replayed ticket signs nobody in.
const tickets = new Map<string, { userId: number; expires: number }>();
const TTL_MS = 30_000;

export function mintTicket(userId: number): string {
  const now = Date.now();
  for (const [k, v] of tickets) if (v.expires < now) tickets.delete(k);
  const ticket = randomBytes(32).toString("base64url");
  tickets.set(ticket, { userId, expires: now + TTL_MS });
  return ticket;
}

export function redeemTicket(ticket: unknown): number | null {
  if (typeof ticket !== "string" || ticket.length !== 43) return null;
  const entry = tickets.get(ticket);
  tickets.delete(ticket);
  return entry && entry.expires >= Date.now() ? entry.userId : null;
}
