import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getChecklist, getCurriculum, getMarketplaces, getTrack, pick, pickList } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { formatDuration } from "@/lib/format";
import type { LearnerState } from "@/lib/learner-state";
import { readinessKeys } from "@/lib/readiness";
import { DeviceBadge } from "@/app/_components/device-badge";
import { SitePage } from "@/app/_components/site-page";
import { LessonDoneMark } from "./lesson-done-mark";
import { PracticeMark } from "@/app/_components/portfolio-practice-mark";
import { QuestionsCount } from "@/app/_components/questions-count";
import { TrackProgressPanel } from "./track-progress-panel";
import { ChecksPassed } from "@/app/_components/checks-passed";
import { TrackReadiness } from "./track-readiness";
import { SaveTrackOffline } from "./save-track-offline";
import { localePath } from "@/lib/i18n/paths";

export async function trackMetadata({ locale, track: slug }: { locale: string; track: string }): Promise<Metadata> {
  const track = getTrack(slug);
  if (!track) return {};
  return { title: pick(track.title, locale), description: pick(track.summary, locale) };
}

/** A track, for the prerendered page and for the signed-in twin (with `learner`). */
export async function TrackView({ locale, track: slug, learner }: { locale: string; track: string; learner?: LearnerState }) {
  const track = getTrack(slug);
  if (!track) notFound();

  const t = await getTranslations({ locale, namespace: "tracks" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tm = await getTranslations({ locale, namespace: "marketplaces" });
  const questionsCount = (await getTranslations({ locale, namespace: "questions" })).raw("count") as string;
  const practiceLabel = (await getTranslations({ locale, namespace: "portfolio" }))("submitted");
  const title = pick(track.title, locale);
  const lessons = track.lessons.map((l) => ({ id: l.id, slug: l.slug, title: pick(l.title, locale) }));
  // Readiness is per track: a phone track needs a phone, a computer track a computer.
  const checklist = readinessKeys(track.device).flatMap((key) => getChecklist().filter((item) => item.key === key));
  const to = await getTranslations({ locale, namespace: "offline" });
  const marketplaces = getMarketplaces().filter((m) => (track.marketplaces as string[]).includes(m.key));

  return (
    <SitePage locale={locale} path={`/tracks/${track.slug}`} learner={learner}>
    <article className="space-y-8">
      <header className="space-y-3">
        <p>
          <Link href="/tracks">{tc("backToTracks")}</Link>
        </p>
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="max-w-3xl text-lg text-muted">{pick(track.summary, locale)}</p>
        <div className="flex flex-wrap gap-2 text-sm">
          <DeviceBadge device={track.device} label={tc(track.device)} />
          <span className="badge bg-amber-50 text-amber-900">{tc(`level.${track.level}`)}</span>
          <span className="badge bg-slate-100 text-slate-800">{tc("lessons", { count: track.lessons.length })}</span>
          <span className="badge bg-slate-100 text-slate-800">{formatDuration(track.hours * 60, locale)}</span>
        </div>
      </header>

      <TrackProgressPanel
        trackSlug={track.slug}
        title={title}
        lessons={lessons}
        locale={locale}
        labels={{
          yourProgress: t("yourProgress"),
          progress: tc.raw("progressLabel") as string,
          percent: tc.raw("percentDone") as string,
          continueLesson: t.raw("continueLesson") as string,
          startLesson: t("startLesson"),
          complete: t("completeTrack"),
        }}
      >
        <ChecksPassed
          lessonIds={track.lessons.filter((l) => getCurriculum().checks[l.id]).map((l) => l.id)}
          label={(await getTranslations({ locale, namespace: "checks" })).raw("passedCount") as string}
          locale={locale}
        />
      </TrackProgressPanel>

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <section aria-labelledby="outcomes">
            <h2 id="outcomes" className="text-xl font-bold">{t("overview")}</h2>
            <ul className="mt-3 list-disc space-y-1 ps-6">
              {pickList(track.outcomes, locale).map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="lessons">
            <h2 id="lessons" className="text-xl font-bold">{t("lessonsTitle")}</h2>
            <ol className="mt-3 space-y-2">
              {track.lessons.map((lesson, i) => (
                <li key={lesson.id} className="card flex items-start gap-3 py-3">
                  <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-50 font-bold text-brand-800">
                    {new Intl.NumberFormat(locale === "en" ? "en" : "bn-BD").format(i + 1)}
                  </span>
                  <div className="min-w-0 flex-1">
                    <Link href={`/tracks/${track.slug}/${lesson.slug}`} className="font-semibold">
                      {pick(lesson.title, locale)}
                    </Link>
                    <p className="text-sm text-muted">{formatDuration(lesson.minutes, locale)}</p>
                    <QuestionsCount trackSlug={track.slug} lessonId={lesson.id} template={questionsCount} />
                    <PracticeMark lessonId={lesson.id} label={practiceLabel} />
                  </div>
                  <LessonDoneMark lessonId={lesson.id} doneLabel={tc("done")} />
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="need" className="card">
            <h2 id="need" className="text-lg font-bold">{t("needTitle")}</h2>
            <p className="mt-1 text-sm text-muted">{t("needIntro")}</p>
            <TrackReadiness
              trackSlug={track.slug}
              lessonIds={lessons.map((l) => l.id)}
              needsComputer={track.device === "computer"}
              items={checklist.map((item) => ({ key: item.key, title: pick(item.title, locale) }))}
              labels={{ ready: t("ready"), notReady: t("notReady"), warning: t("computerWarning"), open: t("openChecklist"), readyCount: tc.raw("readyCount") as string }}
            />
          </section>
          <section aria-labelledby="sell" className="card">
            <h2 id="sell" className="text-lg font-bold">{t("sellTitle")}</h2>
            <ul className="mt-2 space-y-2">
              {marketplaces.map((m) => (
                <li key={m.key}>
                  <Link href={`/marketplaces#${m.key}`} className="font-semibold">
                    {m.name}
                  </Link>
                  <span className="block text-sm text-muted">{m.models.map((model) => tm(`models.${model}`)).join(" · ")}</span>
                </li>
              ))}
            </ul>
          </section>
          {/* Last in the column: it appears after load (where a service worker runs), moving nothing. */}
          <SaveTrackOffline
            trackPath={localePath(locale, `/tracks/${track.slug}`)}
            lessonPaths={track.lessons.map((l) => localePath(locale, `/tracks/${track.slug}/${l.slug}`))}
            labels={{
              title: to("saveTitle"),
              intro: to.raw("saveIntro") as string,
              button: to.raw("saveButton") as string,
              again: to.raw("saveAgain") as string,
              size: to.raw("saveSize") as string,
              dataSaver: to.raw("saveDataSaver") as string,
              saving: to.raw("saving") as string,
              saved: to.raw("savedState") as string,
              error: to("saveError"),
              progress: to("saveProgress"),
            }}
          />
        </aside>
      </div>
    </article>
    </SitePage>
  );
}
