import { getTranslations } from "next-intl/server";
import { getCheckSummaries } from "@/db/checks";
import { checksPassed, lessonsToReview } from "@/lib/checks";
import { getCurriculum, getTracks, pick } from "@/lib/content";
import { formatNumber } from "@/lib/format";
import { Link } from "@/lib/i18n/link";

const SHOWN = 8;

/**
 * The dashboard's knowledge-check parts: checks passed overall, and "review these" for lessons
 * marked done whose check was failed or never taken (in curriculum order). Never blocks a mark.
 */
export async function ChecksDashboard({ userId, doneIds, locale }: { userId: number; doneIds: string[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "checks" });
  const summaries = await getCheckSummaries({ userId });
  const byLesson = new Map(summaries.map((s) => [s.lessonId, s]));
  const passed = new Set(summaries.filter((s) => s.passedAt !== null).map((s) => s.lessonId));
  const checks = getCurriculum().checks;
  const lessons = getTracks().flatMap((track) => track.lessons.map((lesson) => ({ track, lesson })));
  const withCheck = lessons.filter(({ lesson }) => checks[lesson.id]).map(({ lesson }) => lesson.id);
  const done = new Set(doneIds);
  const review = lessonsToReview(
    lessons.map(({ lesson }) => lesson.id).filter((id) => done.has(id)),
    passed,
    (id) => Boolean(checks[id]),
  );
  const where = new Map(lessons.map((l) => [l.lesson.id, l]));

  // Nothing to show a learner who has neither marked a lesson nor taken a check yet.
  if (done.size === 0 && summaries.length === 0) return null;

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <section aria-labelledby="checks-passed" className="card">
        <h2 id="checks-passed" className="text-lg font-bold">{t("passedTitle")}</h2>
        <p className="mt-1 text-3xl font-bold text-brand-700" data-testid="checks-passed-all">
          {formatNumber(checksPassed(withCheck, passed), locale)} <span className="text-base font-normal text-muted">/ {formatNumber(withCheck.length, locale)}</span>
        </p>
      </section>
      {done.size > 0 && (
        <section aria-labelledby="review" className="card space-y-2 sm:col-span-2" data-testid="review-these">
          <h2 id="review" className="text-lg font-bold">{t("reviewTitle")}</h2>
          {review.length === 0 ? (
            <p className="text-sm">{t("reviewNone")}</p>
          ) : (
            <>
              <p className="text-sm text-muted">{t("reviewIntro")}</p>
              <ul className="space-y-1">
                {review.slice(0, SHOWN).map((id) => {
                  const { track, lesson } = where.get(id)!;
                  const s = byLesson.get(id);
                  return (
                    <li key={id}>
                      <Link href={`/tracks/${track.slug}/${lesson.slug}#check-yourself`} className="inline-flex min-h-6 items-center">{pick(lesson.title, locale)}</Link>{" "}
                      <span className="text-sm text-muted">
                        ({s ? t("reviewFailed", { score: s.bestScore, total: s.bestTotal }) : t("reviewNever")})
                      </span>
                    </li>
                  );
                })}
              </ul>
              {review.length > SHOWN && <p className="text-sm">{t("reviewMore", { count: review.length - SHOWN })}</p>}
            </>
          )}
        </section>
      )}
    </div>
  );
}
