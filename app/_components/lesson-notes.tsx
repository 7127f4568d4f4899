import { getTranslations } from "next-intl/server";
import { getNote } from "@/db/notes";
import { getSessionUser } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/paths";
import { LessonNotesForm } from "./lesson-notes-form";

/**
 * "My notes" on a lesson. Only the signed-in twin of the lesson page (`signedIn`) reads the note,
 * for its owner alone, so the visitor's prerendered page stays static and holds no one's note.
 */
export async function LessonNotes({ locale, lessonId, path, signedIn }: { locale: string; lessonId: string; path: string; signedIn: boolean }) {
  const t = await getTranslations({ locale, namespace: "notes" });
  const user = signedIn ? await getSessionUser() : null;
  const note = user ? await getNote({ userId: user.id, lessonId }) : undefined;
  return (
    <section id="notes" aria-labelledby="notes-title" className="card space-y-2">
      <h2 id="notes-title" className="text-xl font-bold">{t("title")}</h2>
      {user ? (
        <LessonNotesForm
          lessonId={lessonId}
          initial={note?.body ?? ""}
          labels={{ label: t("label"), hint: t("hint"), save: t("save"), saving: t("saving"), saved: t("saved"), error: t("error"), count: t.raw("count") as string, willSync: (await getTranslations({ locale, namespace: "offline" }))("willSync") }}
        />
      ) : (
        <p>
          <a href={localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, path) } })}>{t("signIn")}</a>
        </p>
      )}
    </section>
  );
}
