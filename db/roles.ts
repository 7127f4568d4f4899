import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export type Role = "learner" | "moderator";

export async function getUserRole({ userId }: { userId: number }): Promise<Role | null> {
  return guard("getUserRole", async () => {
    const { db, t } = await getDb();
    const [row] = await db.select({ role: t.users.role }).from(t.users).where(eq(t.users.id, userId)).limit(1);
    return row?.role ?? null;
  });
}

/** Sets a learner's role by email; false when no learner has that email. */
export async function setUserRole({ email, role }: { email: string; role: Role }): Promise<boolean> {
  return guard("setUserRole", async () => {
    const { db, t } = await getDb();
    const rows = await db.update(t.users).set({ role }).where(eq(t.users.email, email.trim().toLowerCase())).returning({ id: t.users.id });
    return rows.length > 0;
  });
}
