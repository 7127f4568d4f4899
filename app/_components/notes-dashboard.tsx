import { getTranslations } from "next-intl/server";
import { listNotes } from "@/db/notes";
import { findLessonById, pick } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/link";

const EXCERPT = 160;

/** The dashboard's "My notes": each note's lesson (a link), when it was saved and its opening words, as text. */
export async function NotesDashboard({ userId, locale }: { userId: number; locale: string }) {
  const t = await getTranslations({ locale, namespace: "notes" });
  const notes = (await listNotes({ userId })).flatMap((note) => {
    const found = findLessonById(note.lessonId);
    return found ? [{ note, found }] : [];
  });
  return (
    <section aria-labelledby="notes-dashboard" className="card space-y-3" data-testid="notes-dashboard">
      <h2 id="notes-dashboard" className="text-lg font-bold">{t("dashboardTitle")}</h2>
      {notes.length === 0 ? (
        <p className="text-muted">{t("dashboardEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {notes.map(({ note, found }) => (
            <li key={note.lessonId}>
              <Link href={`/tracks/${found.track.slug}/${found.lesson.slug}#notes`} className="font-semibold">
                {pick(found.lesson.title, locale)}
              </Link>{" "}
              <span className="text-sm text-muted">
                · {pick(found.track.title, locale)} · {formatDate(note.updatedAt, locale)}
              </span>
              <p className="whitespace-pre-line break-words text-sm">
                {note.body.length > EXCERPT ? `${note.body.slice(0, EXCERPT)}…` : note.body}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
