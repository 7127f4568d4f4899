import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

/** Stores a learner's one reset token (its hash); a newer one replaces any older one at once. */
export async function saveResetToken({ userId, tokenHash, expiresAt }: { userId: number; tokenHash: string; expiresAt: number }): Promise<void> {
  await guard("saveResetToken", async () => {
    const { db, t } = await getDb();
    await db
      .insert(t.passwordResets)
      .values({ userId, tokenHash, expiresAt })
      .onConflictDoUpdate({ target: t.passwordResets.userId, set: { tokenHash, expiresAt } });
  });
}

/** Whether a token is current, without using it (the reset page shows its form only then). */
export async function resetTokenIsValid({ tokenHash, now = Date.now() }: { tokenHash: string; now?: number }): Promise<boolean> {
  return guard("resetTokenIsValid", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .select({ userId: t.passwordResets.userId })
      .from(t.passwordResets)
      .where(and(eq(t.passwordResets.tokenHash, tokenHash), gt(t.passwordResets.expiresAt, now)))
      .limit(1);
    return Boolean(row);
  });
}

/** Uses a token up: deletes it and returns its learner's id, or null when unknown or expired. */
export async function consumeResetToken({ tokenHash, now = Date.now() }: { tokenHash: string; now?: number }): Promise<number | null> {
  return guard("consumeResetToken", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .delete(t.passwordResets)
      .where(and(eq(t.passwordResets.tokenHash, tokenHash), gt(t.passwordResets.expiresAt, now)))
      .returning({ userId: t.passwordResets.userId });
    return row?.userId ?? null;
  });
}
