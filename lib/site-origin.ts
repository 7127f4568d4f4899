import "server-only";
import { headers } from "next/headers";

/** This site's origin for absolute links (QR codes, Open Graph): SITE_URL, else the request's host. */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.SITE_URL ?? process.env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0]}://${host}`;
}
