// The production server. `npm start` runs it (through scripts/start.mjs) on an existing build:
// Next.js's own request handler, behind a front that answers prerendered pages and /_next/static
// from memory (scripts/lib/memory-front.mjs). SERVE_FROM_MEMORY=0 leaves every request to Next.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMemoryFront } from "./lib/memory-front.mjs";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedHops } from "../lib/client-address.mjs";
import { securityHeaders } from "../lib/security-headers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const HEADERS = securityHeaders(false);

/**
 * A request Next would fail on with a 500: a target that is no path (`OPTIONS *`, absolute forms),
 * a bad %-escape, or a multipart body without its boundary.
 */
export function malformed(url, contentType = "") {
  if (/^multipart\/form-data/i.test(contentType) && !/;\s*boundary=[^;\s]+/i.test(contentType)) return true;
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//")) return true;
  try {
    decodeURIComponent(url.split("?")[0]);
    new URL(url, "http://localhost").searchParams.toString();
    return false;
  } catch {
    return true;
  }
}

export async function serve({ port = Number(process.env.PORT ?? 3000), host = process.env.HOST || undefined, dir = root, memory = process.env.SERVE_FROM_MEMORY !== "0" } = {}) {
  process.env.NODE_ENV = "production";
  // After a server action redirects, Next fetches the target from itself at the origin it derives
  // from X-Forwarded-Proto: behind a TLS proxy that is https://…:PORT, which this plain-http server
  // cannot answer ("failed to get redirect response"). Next reads this variable for that self-fetch
  // only; point it at this server directly.
  const self = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${self}:${port}`;
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const front = memory ? createMemoryFront(dir) : null;

  const hops = trustedHops();

  const server = http.createServer((req, res) => {
    // Every answer carries these, redirects and errors included; Next sets the same values again.
    for (const { key, value } of HEADERS) res.setHeader(key, value);
    if (malformed(req.url, req.headers["content-type"])) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end("Bad request\n");
      return;
    }
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], hops });
    if (front?.handle(req, res)) return;
    handle(req, res).catch((error) => {
      console.error("[server] request failed", req.method, req.url, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const described = front ? (front.reason ? `memory front off: ${front.reason}` : `${front.pages} pages and ${front.files} static files from memory`) : "memory front off";
  console.log(`[server] ready on http://${host ?? "localhost"}:${port} (${described}; ${hops ? `client address from X-Forwarded-For, ${hops} trusted proxy hop(s)` : "client address from the socket"})`);

  return {
    server,
    async close() {
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      await closed;
      await app.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const running = await serve();
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      setTimeout(() => process.exit(0), 5000).unref();
      running.close().finally(() => process.exit(0));
    });
  }
}
