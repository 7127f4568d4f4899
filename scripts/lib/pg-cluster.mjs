// A throwaway PostgreSQL cluster in a folder of its own, for tests, CI and `npm run cluster`
// without DATABASE_URL. Uses Debian's postgresql package (apt-get install -y postgresql); as root
// the server runs as the `postgres` user, as PostgreSQL requires.
//   node scripts/lib/pg-cluster.mjs start DIR PORT   → prints postgres://app@127.0.0.1:PORT/postgres
//   node scripts/lib/pg-cluster.mjs stop DIR
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function binDir() {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin/initdb"))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error("PostgreSQL is not installed (Debian: apt-get install -y postgresql)");
  return path.join(base, versions[0], "bin");
}

const asRoot = process.getuid?.() === 0;
function run(tool, args) {
  const command = path.join(binDir(), tool);
  const result = asRoot ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" }) : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${(result.stderr || result.stdout || "").trim()}`);
  return result.stdout;
}

/** Creates (first time) and starts a cluster in `dir` on 127.0.0.1:`port`; returns its URL. */
export function startCluster(dir, port) {
  dir = path.resolve(dir);
  mkdirSync(dir, { recursive: true });
  if (asRoot) {
    const pw = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const uid = Number(pw.stdout.trim());
    chownSync(dir, uid, uid);
    // Every parent must be traversable by the postgres user.
    for (let p = path.dirname(dir); p !== "/"; p = path.dirname(p)) chmodSync(p, (statSync(p).mode & 0o7777) | 0o005);
  }
  const data = path.join(dir, "data");
  if (!existsSync(path.join(data, "PG_VERSION"))) run("initdb", ["-D", data, "-A", "trust", "-U", "app", "--no-sync", "-E", "UTF8", "--locale=C"]);
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, "-w", "start"]);
  return `postgres://app@127.0.0.1:${port}/postgres`;
}

/** Stops the cluster in `dir` (fast shutdown; a no-op when it is not running). */
export function stopCluster(dir) {
  const data = path.join(path.resolve(dir), "data");
  if (!existsSync(path.join(data, "postmaster.pid"))) return;
  run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, dir, port = "55432"] = process.argv.slice(2);
  if (command === "start" && dir) console.log(startCluster(dir, Number(port)));
  else if (command === "stop" && dir) stopCluster(dir);
  else {
    console.error("usage: pg-cluster.mjs start DIR PORT | stop DIR");
    process.exit(2);
  }
}
