import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address.mjs";

/**
 * The client address scripts/lib/request-guard.mjs worked out for this request (the socket, or the
 * TRUST_PROXY_HOPS-th X-Forwarded-For entry from the right). A client cannot set it: the server
 * replaces the header. Under `next dev`, which does not load it, everyone is "dev".
 */
export function requestAddress(h: Headers): string {
  return h.get(CLIENT_ADDRESS_HEADER) || (process.env.NODE_ENV === "production" ? "unknown" : "dev");
}

export async function currentAddress(): Promise<string> {
  return requestAddress(await headers());
}
