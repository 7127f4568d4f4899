// The production server. `npm start` runs it (through scripts/start.mjs) on an existing build:
// Next.js's own request handler, behind a front that answers prerendered pages and /_next/static
// from memory (scripts/lib/memory-front.mjs). SERVE_FROM_MEMORY=0 leaves every request to Next.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMemoryFront } from "./lib/memory-front.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function serve({ port = Number(process.env.PORT ?? 3000), dir = root, memory = process.env.SERVE_FROM_MEMORY !== "0" } = {}) {
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const front = memory ? createMemoryFront(dir) : null;

  const server = http.createServer((req, res) => {
    if (front?.handle(req, res)) return;
    handle(req, res).catch((error) => {
      console.error("[server] request failed", req.method, req.url, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve(undefined));
  });
  const described = front ? (front.reason ? `memory front off: ${front.reason}` : `${front.pages} pages and ${front.files} static files from memory`) : "memory front off";
  console.log(`[server] ready on http://localhost:${port} (${described})`);

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
