// `npm run cluster`: several app servers behind nginx, the way KajShekha runs past one machine.
// INSTANCES (default 2) standalone Next servers on PostgreSQL at DATABASE_URL (or, when unset, a
// throwaway local cluster in data/cluster/pg), all sharing one AUTH_SECRET and one build (so one
// server-actions key), and nginx (deploy/nginx.conf.template) in front on $PORT (default 3000).
// In production (NODE_ENV=production) it refuses to run without AUTH_SECRET and
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY; locally it makes throwaway ones for the run.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseConfig, redactUrl } from "../db/config.mjs";
import { migrateDatabase } from "../db/migrate.mjs";
import { freePort } from "./lib/harness.mjs";
import { startCluster as startPostgres, stopCluster as stopPostgres } from "./lib/pg-cluster.mjs";
import { SERVER_ARGS, serverEnv, STANDALONE_SERVER } from "./start.mjs";
import { securityHeaders } from "../lib/security-headers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NGINX = ["/usr/sbin/nginx", "nginx"].find((c) => spawnSync(c, ["-v"]).status === 0);
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const KEY_MARK = path.join(root, ".next/kajshekha-actions-key.sha256");

/** The secrets every server must share; throws in production when they are not given. */
export function sharedSecrets(env = process.env) {
  const production = env.NODE_ENV === "production";
  const missing = ["AUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"].filter((k) => !env[k]);
  if (production && missing.length > 0) {
    throw new Error(`refusing to run several servers without ${missing.join(" and ")}: every server must share them (see README, "Running on several servers")`);
  }
  return {
    AUTH_SECRET: env.AUTH_SECRET ?? randomBytes(48).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? null,
  };
}

/** Builds when there is no build, or when the server-actions key differs from the build's. */
function buildFor(actionsKey) {
  const mark = actionsKey ? createHash("sha256").update(actionsKey).digest("hex") : "none";
  const built = existsSync(STANDALONE_SERVER) && existsSync(KEY_MARK) ? readFileSync(KEY_MARK, "utf8").trim() : existsSync(STANDALONE_SERVER) ? "none" : "";
  if (built === mark) return;
  console.log("[cluster] building…");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (actionsKey) env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = actionsKey;
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("build failed");
  writeFileSync(KEY_MARK, mark);
}

function renderNginx({ run, listen, upstreams }) {
  const brotli = existsSync(BROTLI_MODULE);
  return readFileSync(path.join(root, "deploy/nginx.conf.template"), "utf8")
    .replace("{{LOAD_MODULES}}", brotli ? `load_module ${BROTLI_MODULE};` : "# brotli_static module not installed (Debian: libnginx-mod-http-brotli-static)")
    .replaceAll("{{BROTLI_STATIC}}", brotli ? "      brotli_static on;" : "")
    .replace("{{PAGES}}", path.join(root, ".next/nginx-pages"))
    .replace("{{SECURITY_HEADERS}}", securityHeaders().map(({ key, value }) => `      add_header ${key} "${value}" always;`).join("\n"))
    .replaceAll("{{RUN}}", run)
    .replace("{{LISTEN}}", listen)
    .replace("{{STATIC}}", path.join(root, ".next/static"))
    .replace("{{UPSTREAMS}}", upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join("\n"));
}

async function waitFor(url, proc, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (proc && proc.exitCode !== null) throw new Error(`${url}: process exited with ${proc.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in time`);
}

/**
 * Starts the whole stack; resolves with its URLs and a stop(). Used by `npm run cluster`, the
 * cluster e2e test and the benchmark.
 */
export async function startStack({ port, instances = 2, databaseUrl, runDir = path.join(root, "data/cluster"), quiet = false, env = {} }) {
  const secrets = sharedSecrets({ ...process.env, ...env });
  if (!NGINX) throw new Error("nginx is not installed (Debian: apt-get install -y nginx)");
  buildFor(secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
  mkdirSync(runDir, { recursive: true });

  let stopPg = () => {};
  let url = databaseUrl;
  if (!url) {
    const pgDir = path.join(runDir, "pg");
    url = startPostgres(pgDir, await freePort());
    stopPg = () => stopPostgres(pgDir);
  }
  const config = databaseConfig({ DATABASE_URL: url });
  if (config.dialect !== "postgres") throw new Error("several servers need PostgreSQL: DATABASE_URL must be postgres://…");
  await migrateDatabase(config);

  const servers = [];
  for (let i = 0; i < instances; i++) {
    const appPort = await freePort();
    const proc = spawn(process.execPath, SERVER_ARGS, {
      cwd: path.dirname(STANDALONE_SERVER),
      stdio: quiet ? "ignore" : "inherit",
      env: serverEnv({
        ...process.env,
        ...env,
        DATABASE_URL: url,
        AUTH_SECRET: secrets.AUTH_SECRET,
        TRUST_PROXY_HOPS: "1",
        PORT: String(appPort),
        HOST: "127.0.0.1",
      }),
    });
    servers.push({ url: `http://127.0.0.1:${appPort}`, proc });
  }
  await Promise.all(servers.map((s) => waitFor(`${s.url}/api/health`, s.proc)));

  const nginxRun = path.join(runDir, "nginx");
  rmSync(nginxRun, { recursive: true, force: true });
  mkdirSync(nginxRun, { recursive: true, mode: 0o755 });
  // nginx's workers run as an unprivileged user: they must reach the run folder (temp folders such
  // as mkdtemp's are 0700), so every parent gets the search bit.
  for (const start of [nginxRun, path.join(root, ".next/static")]) {
    for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) chmodSync(dir, (statSync(dir).mode & 0o7777) | 0o001);
  }
  chmodSync(nginxRun, 0o755);
  const conf = path.join(nginxRun, "nginx.conf");
  writeFileSync(conf, renderNginx({ run: nginxRun, listen: `127.0.0.1:${port}`, upstreams: servers.map((s) => s.url.replace("http://", "")) }));
  const test = spawnSync(NGINX, ["-t", "-c", conf, "-p", nginxRun], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const nginx = spawn(NGINX, ["-c", conf, "-p", nginxRun, "-g", "daemon off;"], { stdio: quiet ? "ignore" : "inherit" });
  const proxyUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${proxyUrl}/api/health`, nginx);

  return {
    url: proxyUrl,
    servers: servers.map((s) => s.url),
    databaseUrl: url,
    nginxConf: conf,
    async stop() {
      const exits = [nginx, ...servers.map((s) => s.proc)].filter((p) => p.exitCode === null).map((p) => new Promise((r) => p.once("exit", r)));
      nginx.kill("SIGQUIT");
      for (const s of servers) s.proc.kill("SIGTERM");
      await Promise.all(exits);
      stopPg();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const stack = await startStack({
      port: Number(process.env.PORT ?? 3000),
      instances: Number(process.env.INSTANCES ?? 2),
      databaseUrl: process.env.DATABASE_URL,
    });
    console.log(`[cluster] ${stack.servers.length} app servers (${stack.servers.join(", ")}) on ${redactUrl(stack.databaseUrl)}`);
    console.log(`[cluster] nginx on ${stack.url} (config ${path.relative(root, stack.nginxConf)})`);
    let stopping = false;
    for (const signal of ["SIGINT", "SIGTERM"]) {
      process.on(signal, async () => {
        if (stopping) return;
        stopping = true;
        await stack.stop();
        process.exit(0);
      });
    }
  } catch (error) {
    console.error(`[cluster] ${error.message}`);
    process.exit(1);
  }
}
