import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export type Certificate = {
  code: string;
  trackSlug: string;
  learnerName: string;
  lessonIds: string[];
  practice: { lessonId: string; url: string }[];
  issuedAt: number;
  revoked: boolean;
};

/** 100 random bits in Crockford-free lower-case base32: 20 characters, not derived from any id. */
export function newCertificateCode(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(20);
  let out = "";
  for (const b of bytes) out += alphabet[b & 31];
  return out;
}

type Row = { code: string; userId: number | null; trackSlug: string; learnerName: string; lessonIds: string; practice: string; issuedAt: number; revokedAt: number | null };
const toCertificate = (r: Row): Certificate => ({
  code: r.code,
  trackSlug: r.trackSlug,
  learnerName: r.learnerName,
  lessonIds: JSON.parse(r.lessonIds) as string[],
  practice: JSON.parse(r.practice) as Certificate["practice"],
  issuedAt: r.issuedAt,
  revoked: r.userId === null || r.revokedAt !== null,
});

/**
 * Issues the learner's certificate for a finished track, once: a second call (or a concurrent
 * one) hits the unique (user, track) index and changes nothing. The caller has checked that every
 * lesson is done; un-marking a lesson later leaves the certificate as issued.
 */
export async function issueCertificate({ userId, trackSlug, lessonIds }: { userId: number; trackSlug: string; lessonIds: string[] }): Promise<Certificate | undefined> {
  return guard("issueCertificate", async () => {
    const { db, t } = await getDb();
    const [user] = await db.select({ name: t.users.name }).from(t.users).where(eq(t.users.id, userId)).limit(1);
    if (!user) return undefined;
    const practice = await db
      .select({ lessonId: t.practiceSubmissions.lessonId, url: t.practiceSubmissions.url })
      .from(t.practiceSubmissions)
      .where(and(eq(t.practiceSubmissions.userId, userId), eq(t.practiceSubmissions.trackSlug, trackSlug)));
    const order = new Map(lessonIds.map((id, i) => [id, i]));
    practice.sort((a, b) => (order.get(a.lessonId) ?? 0) - (order.get(b.lessonId) ?? 0));
    await db
      .insert(t.certificates)
      .values({
        code: newCertificateCode(),
        userId,
        trackSlug,
        learnerName: user.name,
        lessonIds: JSON.stringify(lessonIds),
        practice: JSON.stringify(practice.filter((p) => order.has(p.lessonId))),
        issuedAt: Date.now(),
      })
      .onConflictDoNothing();
    return getCertificateFor({ userId, trackSlug });
  });
}

export async function getCertificateFor({ userId, trackSlug }: { userId: number; trackSlug: string }): Promise<Certificate | undefined> {
  return guard("getCertificateFor", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .select()
      .from(t.certificates)
      .where(and(eq(t.certificates.userId, userId), eq(t.certificates.trackSlug, trackSlug)))
      .limit(1);
    return row ? toCertificate(row) : undefined;
  });
}

export async function listCertificates({ userId }: { userId: number }): Promise<Certificate[]> {
  return guard("listCertificates", async () => {
    const { db, t } = await getDb();
    const rows = await db.select().from(t.certificates).where(eq(t.certificates.userId, userId));
    return rows.map(toCertificate);
  });
}

export async function getCertificateByCode({ code }: { code: string }): Promise<Certificate | undefined> {
  return guard("getCertificateByCode", async () => {
    const { db, t } = await getDb();
    const [row] = await db.select().from(t.certificates).where(eq(t.certificates.code, code.toLowerCase())).limit(1);
    return row ? toCertificate(row) : undefined;
  });
}

/**
 * Revokes the learner's certificates ahead of account deletion: the rows stay, without the user,
 * the name or the practice links, so their codes verify as "revoked". One idempotent statement.
 */
export async function revokeCertificates({ userId }: { userId: number }): Promise<void> {
  await guard("revokeCertificates", async () => {
    const { db, t } = await getDb();
    await db
      .update(t.certificates)
      .set({ userId: null, learnerName: "", practice: "[]", revokedAt: Date.now() })
      .where(and(eq(t.certificates.userId, userId), isNull(t.certificates.revokedAt)));
  });
}
