import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export type LessonNote = { lessonId: string; body: string; updatedAt: number };

/**
 * Saves the whole text of a learner's note on one lesson (one upsert, so sending the same text
 * twice is harmless); an empty text removes the note.
 */
export async function saveNote({ userId, lessonId, body }: { userId: number; lessonId: string; body: string }): Promise<LessonNote | null> {
  return guard("saveNote", async () => {
    const { db, t } = await getDb();
    if (body.trim() === "") {
      await db.delete(t.lessonNotes).where(and(eq(t.lessonNotes.userId, userId), eq(t.lessonNotes.lessonId, lessonId)));
      return null;
    }
    const updatedAt = Date.now();
    await db
      .insert(t.lessonNotes)
      .values({ userId, lessonId, body, updatedAt })
      .onConflictDoUpdate({ target: [t.lessonNotes.userId, t.lessonNotes.lessonId], set: { body, updatedAt } });
    return { lessonId, body, updatedAt };
  });
}

export async function getNote({ userId, lessonId }: { userId: number; lessonId: string }): Promise<LessonNote | undefined> {
  return guard("getNote", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .select({ lessonId: t.lessonNotes.lessonId, body: t.lessonNotes.body, updatedAt: t.lessonNotes.updatedAt })
      .from(t.lessonNotes)
      .where(and(eq(t.lessonNotes.userId, userId), eq(t.lessonNotes.lessonId, lessonId)))
      .limit(1);
    return row;
  });
}

/** The learner's notes, newest first. */
export async function listNotes({ userId }: { userId: number }): Promise<LessonNote[]> {
  return guard("listNotes", async () => {
    const { db, t } = await getDb();
    return db
      .select({ lessonId: t.lessonNotes.lessonId, body: t.lessonNotes.body, updatedAt: t.lessonNotes.updatedAt })
      .from(t.lessonNotes)
      .where(eq(t.lessonNotes.userId, userId))
      .orderBy(desc(t.lessonNotes.updatedAt));
  });
}
