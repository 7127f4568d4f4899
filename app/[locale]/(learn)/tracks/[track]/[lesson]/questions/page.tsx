import type { Metadata } from "next";
import { SitePage } from "@/app/_components/site-page";
import { learnerState } from "@/lib/learner-state";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listLessonQuestions, markQuestionsSeen } from "@/db/questions";
import { getSessionUser } from "@/lib/auth/session";
import { getLesson, pick } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { localePath } from "@/lib/i18n/paths";
import { PostForm } from "@/app/_components/questions-post-form";
import { QuestionThread } from "@/app/_components/questions-thread";
import { askAction } from "./actions";

// Per learner and always fresh: this page is dynamic, so the lesson page beside it stays static.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracks/[track]/[lesson]/questions">): Promise<Metadata> {
  const { locale, track, lesson } = await params;
  const found = getLesson(track, lesson);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: "questions" });
  return { title: t("pageTitle", { lesson: pick(found.lesson.title, locale) }) };
}

export default async function LessonQuestionsPage({ params, searchParams }: PageProps<"/[locale]/tracks/[track]/[lesson]/questions">) {
  const { locale, track: trackSlug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const found = getLesson(trackSlug, lessonSlug);
  if (!found) notFound();
  const { track, lesson } = found;
  const t = await getTranslations({ locale, namespace: "questions" });
  const user = await getSessionUser();
  const questions = await listLessonQuestions({ lessonId: lesson.id, viewerId: user?.id });
  if (user && questions.some((q) => q.authorId === user.id)) await markQuestionsSeen({ userId: user.id, lessonId: lesson.id });

  const here = `/tracks/${track.slug}/${lesson.slug}`;
  const back = localePath(locale, `${here}/questions`);
  const errorText = { ...(t.raw("errors") as Record<string, string>), ...(t.raw("notices") as Record<string, string>) };
  const rawNotice = (await searchParams).notice;
  const notice = typeof rawNotice === "string" && errorText[rawNotice] ? rawNotice : null;
  const good = notice !== null && notice in (t.raw("notices") as Record<string, string>);
  const signIn = localePath(locale, { pathname: "/signin", query: { callbackUrl: back } });

  return (
    <SitePage locale={locale} path={`${here}/questions`} learner={user ? await learnerState(user) : undefined}>
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={here}>
          <span aria-hidden="true">←</span> {t("backToLesson")}: {pick(lesson.title, locale)}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg font-semibold">{pick(lesson.title, locale)}</p>
        <p className="text-muted">{t("intro")}</p>
      </header>

      <div aria-live="polite" role="status">
        {notice && (
          <p className={`rounded-lg p-3 font-semibold ${good ? "bg-brand-50 text-brand-800" : "bg-red-50 text-accent"}`} data-testid="notice">
            {errorText[notice]}
          </p>
        )}
      </div>

      <section aria-labelledby="ask" className="card space-y-3">
        <h2 id="ask" className="text-xl font-bold">{t("askTitle")}</h2>
        {user ? (
          <PostForm
            action={askAction}
            hidden={{ lessonId: lesson.id }}
            labels={{ field: t("yourQuestion"), hint: t("questionHint"), submit: t("ask") }}
            errorText={errorText}
            testId="ask-form"
          />
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <a href={signIn} className="btn-primary" data-testid="ask-sign-in">{t("ask")}</a>
            <span className="text-sm text-muted">{t("signInToAsk")}</span>
          </div>
        )}
      </section>

      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list" className="sr-only">{t("title")}</h2>
        {questions.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <ol className="space-y-4">
            {questions.map((q) => (
              <QuestionThread key={q.id} question={q} viewer={user ? { id: user.id } : null} back={back} locale={locale} errorText={errorText} />
            ))}
          </ol>
        )}
      </section>
    </div>
    </SitePage>
  );
}
