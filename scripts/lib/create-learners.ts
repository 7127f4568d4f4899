// Creates learners through the data layer, for the benchmark and Lighthouse's signed-in runs:
// `tsx --conditions=react-server scripts/lib/create-learners.ts COUNT PASSWORD PREFIX`
// (DATABASE_URL names the database, SQLite or PostgreSQL). Prints how many now exist.
const [count = "1", password = "bench learner password", prefix = "bench"] = process.argv.slice(2);
const { createUser } = await import("../../db/users");
const { closeDb } = await import("../../db/client");
const { hashPassword } = await import("../../lib/passwords");
const passwordHash = await hashPassword(password);
let made = 0;
for (let i = 0; i < Number(count); i++) {
  if (await createUser({ email: `${prefix}${i}@example.com`, name: `Learner ${i}`, passwordHash, locale: "en" })) made++;
}
await closeDb();
console.log(`${made} learners created`);
export {};
