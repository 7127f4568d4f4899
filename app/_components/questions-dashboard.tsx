import { getTranslations } from "next-intl/server";
import { getMyQuestions, getWaitingQuestions } from "@/db/questions";
import { findLessonById, pick } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/link";

const excerpt = (body: string) => (body.length > 120 ? `${body.slice(0, 117).trimEnd()}…` : body);

/** The dashboard's "My questions" (with answers new since last looked) and "Questions waiting for help". */
export async function QuestionsDashboard({ userId, locale }: { userId: number; locale: string }) {
  const t = await getTranslations({ locale, namespace: "questions" });
  const [mine, waiting] = await Promise.all([getMyQuestions({ userId, limit: 10 }), getWaitingQuestions({ userId, limit: 10 })]);
  const where = (lessonId: string, questionId: number) => {
    const found = findLessonById(lessonId);
    return found ? { href: `/tracks/${found.track.slug}/${found.lesson.slug}/questions#question-${questionId}`, lesson: pick(found.lesson.title, locale) } : null;
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="my-questions" className="card space-y-3">
        <h2 id="my-questions" className="text-lg font-bold">{t("myQuestions")}</h2>
        {mine.length === 0 ? (
          <p className="text-sm text-muted">{t("noMyQuestions")}</p>
        ) : (
          <ul className="space-y-3" data-testid="my-questions">
            {mine.map((q) => {
              const at = where(q.lessonId, q.id);
              if (!at) return null;
              return (
                <li key={q.id} className="space-y-1">
                  <Link href={at.href} className="break-words">{excerpt(q.body)}</Link>
                  <p className="flex flex-wrap gap-2 text-sm text-muted">
                    <span>{at.lesson}</span>
                    <span>{q.answers === 0 ? t("noAnswers") : t("answers", { count: q.answers })}</span>
                    {q.newAnswers > 0 && (
                      <span className="badge bg-brand-700 text-white" data-testid="new-answers">{t("newAnswers", { count: q.newAnswers })}</span>
                    )}
                    {q.solved && <span className="font-semibold text-brand-800">{t("solved")}</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting" className="card space-y-3">
        <h2 id="waiting" className="text-lg font-bold">{t("waitingTitle")}</h2>
        <p className="text-sm text-muted">{t("waitingIntro")}</p>
        {waiting.length === 0 ? (
          <p className="text-sm text-muted">{t("noWaiting")}</p>
        ) : (
          <ul className="space-y-3" data-testid="waiting-questions">
            {waiting.map((q) => {
              const at = where(q.lessonId, q.id);
              if (!at) return null;
              return (
                <li key={q.id} className="space-y-1">
                  <Link href={at.href} className="break-words">{excerpt(q.body)}</Link>
                  <p className="text-sm text-muted">
                    {at.lesson} · <time dateTime={new Date(q.createdAt).toISOString()}>{formatDate(q.createdAt, locale)}</time>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
