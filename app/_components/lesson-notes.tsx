import { getTranslations } from "next-intl/server";
import { getNote } from "@/db/notes";
import { getSessionUser } from "@/lib/auth/session";
import { LessonNotesForm } from "./lesson-notes-form";
import { LessonNotesSignIn } from "./lesson-notes-sign-in";

/**
 * "My notes" on a lesson. Only the signed-in twin of the lesson page (`signedIn`) reads the note,
 * for its owner alone; the visitor's prerendered page renders LessonNotesSignIn instead and does not
 * import this file, so it stays static, holds no one's note and ships no form code.
 */
export async function LessonNotes({ locale, lessonId, path, signedIn }: { locale: string; lessonId: string; path: string; signedIn: boolean }) {
  const t = await getTranslations({ locale, namespace: "notes" });
  const user = signedIn ? await getSessionUser() : null;
  if (!user) return <LessonNotesSignIn locale={locale} path={path} />;
  const note = await getNote({ userId: user.id, lessonId });
  return (
    <section id="notes" aria-labelledby="notes-title" className="card space-y-2">
      <h2 id="notes-title" className="text-xl font-bold">{t("title")}</h2>
      <LessonNotesForm
        lessonId={lessonId}
        initial={note?.body ?? ""}
        labels={{ label: t("label"), hint: t("hint"), save: t("save"), saving: t("saving"), saved: t("saved"), error: t("error"), count: t.raw("count") as string, willSync: (await getTranslations({ locale, namespace: "offline" }))("willSync") }}
      />
    </section>
  );
}
