// The client address every limit is keyed by. scripts/lib/request-guard.mjs computes it for each request and
// hands it to the app in CLIENT_ADDRESS_HEADER, replacing whatever a client sent under that name.

export const CLIENT_ADDRESS_HEADER = "x-kajshekha-client-address";

/** TRUST_PROXY_HOPS: how many reverse proxies in front write X-Forwarded-For (0 when unset or invalid). */
export function trustedHops(env = process.env) {
  const n = Number(env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}

function normalise(address) {
  const a = String(address ?? "").trim().toLowerCase();
  // An IPv4 client on a dual-stack socket, and a bracketed or port-carrying form a proxy may write.
  const v4 = a.match(/^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/);
  if (v4) return v4[1];
  const v6 = a.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1");
  return /^[0-9a-f:.]{2,45}$/.test(v6) ? v6 : "";
}

/**
 * The socket's address, unless `hops` proxies are trusted: then the hops-th X-Forwarded-For entry
 * from the right, the one the outermost trusted proxy saw. Entries left of it were written by the
 * client and are never used, so rotating them gains nothing.
 */
export function clientAddress({ socketAddress, forwardedFor, hops }) {
  const socket = normalise(socketAddress) || "unknown";
  if (!hops) return socket;
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : String(forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) return socket;
  // Fewer entries than proxies: every entry was written by a trusted proxy; take the outermost.
  const entry = list[Math.max(0, list.length - hops)];
  return normalise(entry) || socket;
}
