import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getLesson, getTracks, pick, pickList } from "@/lib/content";
import { routing } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/link";
import { formatNumber } from "@/lib/format";
import { MarkLessonButton } from "./mark-lesson-button";
import { ResourceList } from "./resource-list";
import { QuestionsCount } from "@/app/_components/questions-count";

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getTracks().flatMap((t) => t.lessons.map((l) => ({ locale, track: t.slug, lesson: l.slug }))),
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/tracks/[track]/[lesson]">): Promise<Metadata> {
  const { locale, track, lesson } = await params;
  const found = getLesson(track, lesson);
  if (!found) return {};
  return {
    title: `${pick(found.lesson.title, locale)} · ${pick(found.track.title, locale)}`,
    description: pick(found.lesson.summary, locale),
  };
}

export default async function LessonPage({ params }: PageProps<"/[locale]/tracks/[track]/[lesson]">) {
  const { locale, track: trackSlug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const found = getLesson(trackSlug, lessonSlug);
  if (!found) notFound();
  const { track, lesson, index, previous, next } = found;

  const t = await getTranslations({ locale, namespace: "lesson" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tn = await getTranslations({ locale, namespace: "nav" });
  const tq = await getTranslations({ locale, namespace: "questions" });
  const here = `/tracks/${track.slug}/${lesson.slug}`;

  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/tracks">{tn("tracks")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href={`/tracks/${track.slug}`}>{pick(track.title, locale)}</Link> <span aria-hidden="true">›</span>
          </li>
          <li aria-current="page" className="text-muted">
            {t("of", { number: formatNumber(index + 1, locale), total: formatNumber(track.lessons.length, locale) })}
          </li>
        </ol>
      </nav>

      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{pick(lesson.title, locale)}</h1>
        <p className="text-lg text-muted">{pick(lesson.summary, locale)}</p>
        <p className="text-sm text-muted">{tc("minutes", { count: lesson.minutes })}</p>
      </header>

      <MarkLessonButton
        lessonId={lesson.id}
        returnPath={here}
        labels={{
          markDone: t("markDone"),
          markNotDone: t("markNotDone"),
          markedDone: t("markedDone"),
          signIn: t("signInToMark"),
          error: t("saveError"),
        }}
      />

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
        <ResourceList resources={lesson.resources} locale={locale} />
      </section>

      <section aria-labelledby="practice" className="card border-amber-300 bg-amber-50">
        <h2 id="practice" className="text-xl font-bold">{t("practiceTitle")}</h2>
        <p className="mt-2" data-testid="practice">{pick(lesson.practice, locale)}</p>
      </section>

      {/* Questions live on their own dynamic page, so this one stays prerendered and light. */}
      <section aria-labelledby="questions" className="card space-y-2">
        <h2 id="questions" className="text-xl font-bold">{tq("title")}</h2>
        <p>{tq("linkHint")}</p>
        <p className="flex flex-wrap items-center gap-3">
          <Link href={`${here}/questions`} className="btn-secondary" data-testid="questions-link">
            {tq("openLink")} <span aria-hidden="true">→</span>
          </Link>
          <QuestionsCount trackSlug={track.slug} lessonId={lesson.id} template={tq.raw("count") as string} />
        </p>
      </section>

      <nav aria-label={t("backToTrack")} className="flex flex-wrap justify-between gap-3 border-t border-line pt-6">
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
          <Link href={`/tracks/${track.slug}/${next.slug}`} rel="next" className="btn-primary">
            {t("next")}: {pick(next.title, locale)} <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <Link href={`/tracks/${track.slug}`} className="btn-primary">
            {t("backToTrack")}
          </Link>
        )}
      </nav>
    </article>
  );
}
