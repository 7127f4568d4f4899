// A second process that writes to the same SQLite file for a while, as another server or a
// maintenance job would: `node tests/sqlite/writer.mjs DB_FILE MILLISECONDS USER_ID`.
// Transaction i writes two rows, a visit "writer-i" and a rate-limit row "writer:i", so a copy
// holds whole transactions exactly when both sets of i match. Prints the number of commits.
import Database from "better-sqlite3";

const [file, ms = "3000", userId = "1"] = process.argv.slice(2);
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");
const visit = db.prepare("INSERT INTO lesson_visits (user_id, lesson_id, track_slug, visited_at) VALUES (?, ?, 'writer', ?)");
const throttle = db.prepare("INSERT INTO rate_limits (key, count, window_start) VALUES (?, 1, ?)");
const write = db.transaction((i) => {
  visit.run(Number(userId), `writer-${i}`, Date.now());
  throttle.run(`writer:${i}`, Date.now());
});
const end = Date.now() + Number(ms);
let commits = 0;
while (Date.now() < end) {
  write.immediate(commits);
  commits++;
  if (commits % 20 === 0) await new Promise((r) => setTimeout(r, 1));
}
db.close();
console.log(String(commits));
