// Shared by the benchmark, the reliability tests and the backup test: a real production server
// on a temp database, learners signed in over HTTP, and server actions called as the browser does.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { migrateDatabase } from "../../db/migrate.mjs";
import { SERVER_ARGS, serverEnv, STANDALONE_SERVER } from "../start.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEST_SECRET = "harness-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The PostgreSQL server the tests use, when TEST_DATABASE_URL names one; otherwise null. */
export const testPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "") ? process.env.TEST_DATABASE_URL : null;

/**
 * A new, migrated database for one server under test: a temp SQLite file, or a new database on the
 * TEST_DATABASE_URL server. `drop()` removes a PostgreSQL one.
 */
export async function freshDatabase(tag = "test", { dialect = testPostgres ? "postgres" : "sqlite", postgresServer = testPostgres } = {}) {
  if (dialect === "postgres") {
    const server = new URL(postgresServer);
    const name = `ks_${tag.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    server.pathname = `/${name}`;
    const url = server.toString();
    await migrateDatabase({ dialect: "postgres", url });
    return {
      url,
      dialect: "postgres",
      async drop() {
        const a = postgres(postgresServer, { max: 1, onnotice: () => {} });
        await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
        await a.end();
      },
    };
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), `kajshekha-${tag}-`)), "db.sqlite");
  await migrateDatabase({ dialect: "sqlite", file });
  return { url: file, dialect: "sqlite", async drop() {} };
}

/**
 * Starts Next's standalone production server (as `npm start` does) on an existing build and a
 * migrated database; resolves once /api/health answers. `env` adds to its environment.
 */
export async function startServer({ port, databaseUrl, quiet = true, env = {} }) {
  const proc = spawn(process.execPath, SERVER_ARGS, {
    cwd: path.dirname(STANDALONE_SERVER),
    env: serverEnv({ ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: TEST_SECRET, PORT: String(port), HOST: "127.0.0.1", ...env }),
    stdio: quiet ? "ignore" : "inherit",
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proc,
    url,
    async stop(signal = "SIGTERM") {
      if (proc.exitCode !== null || proc.signalCode) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill(signal);
      await exited;
    },
  };
}

function cookiesOf(response) {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** Signs a learner in through Auth.js's own endpoints and returns the Cookie header. */
export async function signInOverHttp(url, { email, password, address = "127.0.0.1" }) {
  const headers = { "x-forwarded-for": address };
  const csrf = await fetch(`${url}/api/auth/csrf`, { headers });
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return session.split(";")[0];
}

/** The id Next gave a server action at build time, as the browser sends it in Next-Action. */
export function actionId(exportedName) {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action named ${exportedName}`);
  return entry[0];
}

/**
 * The request a browser makes for markLesson({ lessonId, done }). `page` must be a lesson page:
 * Next only finds an action on the routes that use it.
 */
export function markRequest(url, { id, cookie, lessonId, done = true, page }) {
  return {
    url: `${url}${page}`,
    init: {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: url, cookie },
      body: JSON.stringify([{ lessonId, done }]),
    },
  };
}

export async function markLesson(url, options) {
  const { url: target, init } = markRequest(url, options);
  const res = await fetch(target, init);
  const text = await res.text();
  return res.ok && text.includes('"ok":true');
}
