// `npm run user:role -- EMAIL moderator` (or `learner`): sets a learner's role through the data
// layer, on the database of DATABASE_URL (SQLite file or PostgreSQL), applying migrations first.
const [email, role] = process.argv.slice(2).filter((a) => a !== "--");
if (!email || (role !== "moderator" && role !== "learner")) {
  console.error("usage: npm run user:role -- EMAIL moderator|learner");
  process.exit(2);
}

const { migrateDatabase } = await import("../db/migrate.mjs");
await migrateDatabase();
const { setUserRole } = await import("../db/roles");
const { closeDb } = await import("../db/client");
let code = 0;
try {
  if (await setUserRole({ email, role })) console.log(`${email.trim().toLowerCase()} is now a ${role}`);
  else {
    console.error(`no learner has the email ${email}`);
    code = 1;
  }
} finally {
  await closeDb();
}
process.exit(code);
export {};
