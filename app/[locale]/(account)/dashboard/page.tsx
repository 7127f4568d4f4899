import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getChecklistKeys, getCompletedLessonIds, getLessonActivity, getRecentActivity } from "@/db/progress";
import { requireUser } from "@/lib/auth/require";
import { findLessonById, getChecklist, getTracks, pick } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/link";
import { resumeLesson, trackProgress } from "@/lib/progress";
import { readiness } from "@/lib/readiness";
import { ProgressBar } from "@/app/_components/progress-bar";
import { QuestionsDashboard } from "@/app/_components/questions-dashboard";
import { ChecksDashboard } from "@/app/_components/checks-dashboard";
import { ChecksPassed } from "@/app/_components/checks-passed";
import { NotesDashboard } from "@/app/_components/notes-dashboard";
import { signOutAction } from "../actions";
import { SitePage } from "@/app/_components/site-page";
import { learnerState } from "@/lib/learner-state";
import { StudyStreak } from "@/app/_components/study-streak";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "nav" });
  return { title: t("dashboard"), robots: { index: false } };
}

export default async function DashboardPage({ params }: PageProps<"/[locale]/dashboard">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/dashboard");
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tn = await getTranslations({ locale, namespace: "nav" });
  const tt = await getTranslations({ locale, namespace: "tracks" });
  const checksPassedLabel = (await getTranslations({ locale, namespace: "checks" })).raw("passedCount") as string;

  const [doneIds, activity, tickedKeys, recent] = await Promise.all([
    getCompletedLessonIds({ userId: user.id }),
    getLessonActivity({ userId: user.id }),
    getChecklistKeys({ userId: user.id }),
    getRecentActivity({ userId: user.id, limit: 10 }),
  ]);
  const done = new Set(doneIds);
  const ticked = new Set<string>(tickedKeys);
  const tracks = getTracks();

  const started = tracks
    .filter((track) => activity.some((a) => a.trackSlug === track.slug))
    .map((track) => {
      const ids = track.lessons.map((l) => l.id);
      const nextId = resumeLesson(ids, done, activity.filter((a) => a.trackSlug === track.slug));
      return { track, progress: trackProgress(ids, done), next: track.lessons.find((l) => l.id === nextId) };
    });
  const itemTitle = (key: string) => pick(getChecklist().find((item) => item.key === key)!.title, locale);
  // Readiness is per track: the started tracks, or else what phone and computer tracks need.
  const readinessRows =
    started.length > 0
      ? started.map(({ track }) => ({ key: track.slug, label: pick(track.title, locale), r: readiness(track.device, ticked) }))
      : (["phone", "computer"] as const).map((device) => ({ key: device, label: t(`${device}Tracks`), r: readiness(device, ticked) }));
  const isNew = started.length === 0 && ticked.size === 0;

  return (
    <SitePage locale={locale} path="/dashboard" learner={await learnerState(user)}>
    <div className="space-y-8">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title", { name: user.name })}</h1>
        <div className="flex gap-2">
          <Link href="/account" className="btn-secondary">{tn("account")}</Link>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="btn-secondary">{tn("signOut")}</button>
          </form>
        </div>
      </header>

      {isNew && (
        <section aria-labelledby="start" className="card space-y-3 bg-brand-50">
          <h2 id="start" className="text-xl font-bold">{t("emptyTitle")}</h2>
          <p>{t("emptyBody")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/checklist" className="btn-secondary">{t("emptyChecklist")}</Link>
            <Link href="/tracks/outsourcing-basics" className="btn-primary">{t("emptyStart")}</Link>
          </div>
        </section>
      )}

      <StudyStreak userId={user.id} locale={locale} />

      <section aria-labelledby="readiness" className="card">
        <h2 id="readiness" className="text-lg font-bold">{t("readiness")}</h2>
        <ul className="mt-2 space-y-2" data-testid="readiness">
          {readinessRows.map(({ key, label, r }) => (
            <li key={key} data-testid={`readiness-${key}`}>
              <span className="font-semibold">{label}:</span> {t("readyCount", { ready: r.ready, total: r.total })}
              {r.missing.length > 0 ? (
                <span className="block text-sm">
                  {t("missing")}{" "}
                  {r.missing.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ", "}
                      <Link href={`/checklist#${k}`}>{itemTitle(k)}</Link>
                    </span>
                  ))}
                </span>
              ) : (
                <span className="block text-sm">{t("allReady")}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <ChecksDashboard userId={user.id} doneIds={doneIds} locale={locale} />

      <section aria-labelledby="progress">
        <h2 id="progress" className="text-xl font-bold">{t("inProgress")}</h2>
        {started.length === 0 ? (
          <p className="mt-2 text-muted">
            {t("noneInProgress")} <Link href="/tracks">{t("browse")}</Link>
          </p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {started.map(({ track, progress, next }) => {
              const title = pick(track.title, locale);
              const label = tc("progressLabel", { title, done: progress.done, total: progress.total });
              return (
                <li key={track.slug} className="card space-y-3">
                  <h3 className="text-lg font-bold">
                    <Link href={`/tracks/${track.slug}`} className="text-ink">{title}</Link>
                  </h3>
                  <ProgressBar percent={progress.percent} label={label} valueText={tc("percentDone", { percent: progress.percent })} />
                  <p className="text-sm text-muted">{label}</p>
                  <ChecksPassed lessonIds={track.lessons.map((l) => l.id)} label={checksPassedLabel} locale={locale} />
                  {next ? (
                    <Link href={`/tracks/${track.slug}/${next.slug}`} className="btn-primary" data-testid="continue">
                      {tc("continue")}: {pick(next.title, locale)}
                    </Link>
                  ) : (
                    <p className="font-semibold text-brand-800">{tt("completeTrack")}</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <QuestionsDashboard userId={user.id} locale={locale} />
      <NotesDashboard userId={user.id} locale={locale} />

      <section aria-labelledby="recent">
        <h2 id="recent" className="text-xl font-bold">{t("recent")}</h2>
        {recent.length === 0 ? (
          <p className="mt-2 text-muted">{t("noActivity")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-white">
            {recent.map((a) => {
              const found = findLessonById(a.lessonId);
              if (!found) return null;
              const lessonTitle = pick(found.lesson.title, locale);
              return (
                <li key={`${a.kind}-${a.lessonId}-${a.at}`} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                  <Link href={`/tracks/${found.track.slug}/${found.lesson.slug}`}>
                    {a.kind === "completed" ? t("completed", { lesson: lessonTitle }) : t("visited", { lesson: lessonTitle })}
                  </Link>
                  <time dateTime={new Date(a.at).toISOString()} className="text-sm text-muted">
                    {formatDate(a.at, locale)}
                  </time>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
    </SitePage>
  );
}
