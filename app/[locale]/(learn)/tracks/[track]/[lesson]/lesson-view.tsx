import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getLesson, pick, pickList } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { localePath } from "@/lib/i18n/paths";
import { formatDuration, formatNumber } from "@/lib/format";
import type { LearnerState } from "@/lib/learner-state";
import { SitePage } from "@/app/_components/site-page";
import type { MarkLabels, MarkLessonForm } from "./mark-lesson-button";
import { VisitorMarkForm } from "./visitor-mark-form";
import { ResourceList } from "./resource-list";
import { LessonSeeAlso } from "@/app/_components/lesson-see-also";
import type { QuestionsCount } from "@/app/_components/questions-count";
import { ChecksSection } from "@/app/_components/checks-section";
import { PracticeSignIn } from "@/app/_components/portfolio-practice-sign-in";
import { LessonNotesSignIn } from "@/app/_components/lesson-notes-sign-in";

type Params = { locale: string; track: string; lesson: string };

/**
 * The signed-in learner's own work on a lesson (practice and notes forms), given by the dynamic twin
 * (app/[locale]/learner). The visitor's prerendered page does not import those forms, so their code
 * is not in its bundle; it shows sign-in links in their place.
 */
export type OwnWork = (lesson: { lessonId: string; path: string }) => { practice: React.ReactNode; notes: React.ReactNode };
/** The twin's client components for marks and question counts (the visitor's page has neither). */
export type LearnerParts = { MarkLessonForm: typeof MarkLessonForm; QuestionsCount: typeof QuestionsCount };

export async function lessonMetadata({ locale, track, lesson }: Params): Promise<Metadata> {
  const found = getLesson(track, lesson);
  if (!found) return {};
  return {
    title: `${pick(found.lesson.title, locale)} · ${pick(found.track.title, locale)}`,
    description: pick(found.lesson.summary, locale),
  };
}

/**
 * A lesson, for the prerendered page every visitor gets and for its dynamic twin a signed-in
 * learner gets (with `learner`, so marks and header are right without JavaScript).
 */
export async function LessonView({ locale, track: trackSlug, lesson: lessonSlug, learner, ownWork, parts }: Params & { learner?: LearnerState; ownWork?: OwnWork; parts?: LearnerParts }) {
  const found = getLesson(trackSlug, lessonSlug);
  if (!found) notFound();
  const { track, lesson, index, previous, next } = found;

  const t = await getTranslations({ locale, namespace: "lesson" });
  const tn = await getTranslations({ locale, namespace: "nav" });
  const tq = await getTranslations({ locale, namespace: "questions" });
  const te = await getTranslations({ locale, namespace: "errors" });
  const here = `/tracks/${track.slug}/${lesson.slug}`;
  const labels: MarkLabels = {
    markDone: t("markDone"),
    undo: t("undo"),
    completed: t("completed"),
    doneNext: next ? t("doneNext") : t("doneFinish"),
    signIn: t("signInToMark"),
    willSync: (await getTranslations({ locale, namespace: "offline" }))("willSync"),
    errors: { server: t("saveError"), unknownLesson: te("unknownLesson"), invalid: t("saveError"), signInRequired: te("signInRequired") },
  };
  const crumb = "inline-flex min-h-6 items-center py-0.5";
  const own = ownWork?.({ lessonId: lesson.id, path: here });

  return (
    <SitePage locale={locale} path={here} learner={learner}>
      <article className="mx-auto max-w-3xl space-y-8">
        <nav aria-label={t("breadcrumb")} className="text-sm">
          <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
            <li>
              <Link href="/tracks" className={crumb}>{tn("tracks")}</Link> <span aria-hidden="true">›</span>
            </li>
            <li>
              <Link href={`/tracks/${track.slug}`} className={crumb}>{pick(track.title, locale)}</Link> <span aria-hidden="true">›</span>
            </li>
            <li aria-current="page" className="text-muted">
              {t("of", { number: formatNumber(index + 1, locale), total: formatNumber(track.lessons.length, locale) })}
            </li>
          </ol>
        </nav>

        <header className="space-y-3">
          <h1 className="text-3xl font-bold">{pick(lesson.title, locale)}</h1>
          <p className="text-lg text-muted">{pick(lesson.summary, locale)}</p>
          <p className="text-sm text-muted" data-testid="lesson-length">{formatDuration(lesson.minutes, locale)}</p>
        </header>

        {parts ? <parts.MarkLessonForm lessonId={lesson.id} labels={labels} variant="top" /> : <VisitorMarkForm lessonId={lesson.id} locale={locale} labels={labels} variant="top" />}

        <section aria-labelledby="learn">
          <h2 id="learn" className="text-xl font-bold">{t("learnTitle")}</h2>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            {pickList(lesson.learn, locale).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="resources">
          <h2 id="resources" className="text-xl font-bold">{t("resourcesTitle")}</h2>
          <ResourceList resources={lesson.resources} locale={locale} minutes={lesson.minutes} />
        </section>

        <ChecksSection lessonId={lesson.id} locale={locale} returnPath={here} />

        <section aria-labelledby="practice" className="card border-amber-300 bg-amber-50">
          <h2 id="practice" className="text-xl font-bold">{t("practiceTitle")}</h2>
          <p className="mt-2" data-testid="practice">{pick(lesson.practice, locale)}</p>
          {own ? own.practice : <PracticeSignIn locale={locale} path={here} />}
        </section>

        {own ? own.notes : <LessonNotesSignIn locale={locale} path={here} />}

        <LessonSeeAlso lesson={lesson} locale={locale} />

        {/* Questions live on their own dynamic page, so this one stays prerendered and light. */}
        <section aria-labelledby="questions" className="card space-y-2">
          <h2 id="questions" className="text-xl font-bold">{tq("title")}</h2>
          <p>{tq("linkHint")}</p>
          <p className="flex flex-wrap items-center gap-3">
            <Link href={`${here}/questions`} className="btn-secondary" data-testid="questions-link">
              {tq("openLink")} <span aria-hidden="true">→</span>
            </Link>
            {parts && <parts.QuestionsCount trackSlug={track.slug} lessonId={lesson.id} template={tq.raw("count") as string} />}
          </p>
        </section>

        <nav aria-label={t("lessonNav")} className="space-y-4 border-t border-line pt-6">
          {parts ? (
            <parts.MarkLessonForm
              lessonId={lesson.id}
              labels={labels}
              variant="bottom"
              nextHref={localePath(locale, next ? `/tracks/${track.slug}/${next.slug}` : `/tracks/${track.slug}`)}
            />
          ) : (
            <VisitorMarkForm lessonId={lesson.id} locale={locale} labels={labels} variant="bottom" />
          )}
          <div className="flex flex-wrap justify-between gap-3">
            {previous ? (
              <Link href={`/tracks/${track.slug}/${previous.slug}`} rel="prev" className="btn-secondary">
                <span aria-hidden="true">←</span> {t("previous")}: {pick(previous.title, locale)}
              </Link>
            ) : (
              <Link href={`/tracks/${track.slug}`} className="btn-secondary">
                {t("backToTrack")}
              </Link>
            )}
            {next ? (
              <Link href={`/tracks/${track.slug}/${next.slug}`} rel="next" className="btn-secondary">
                {t("next")}: {pick(next.title, locale)} <span aria-hidden="true">→</span>
              </Link>
            ) : (
              <Link href={`/tracks/${track.slug}`} className="btn-secondary">
                {t("backToTrack")}
              </Link>
            )}
          </div>
        </nav>
      </article>
    </SitePage>
  );
}
