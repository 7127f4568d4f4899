import type { Metadata } from "next";
import { SitePage } from "@/app/_components/site-page";
import { learnerState } from "@/lib/learner-state";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getModerationQueue, getModeratorActions } from "@/db/questions";
import { getUserRole } from "@/db/roles";
import { requireUser } from "@/lib/auth/require";
import { findLessonById, pick } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/link";
import { PostText } from "@/app/_components/questions-post-text";
import { moderateAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/moderation">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "moderation" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ModerationPage({ params, searchParams }: PageProps<"/[locale]/moderation">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/moderation");
  // Learners who are not moderators are told nothing exists here.
  if ((await getUserRole({ userId: user.id })) !== "moderator") notFound();
  const t = await getTranslations({ locale, namespace: "moderation" });
  const tq = await getTranslations({ locale, namespace: "questions" });
  const [queue, log] = await Promise.all([getModerationQueue(), getModeratorActions()]);
  const notice = (await searchParams).notice;
  const noticeText = notice === "restored" ? t("restored") : notice === "removed" ? t("removed") : notice === "failed" ? t("failed") : null;

  return (
    <SitePage locale={locale} path={"/moderation"} learner={await learnerState(user)}>
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      <div aria-live="polite" role="status">
        {noticeText && <p className="rounded-lg bg-brand-50 p-3 font-semibold text-brand-800" data-testid="notice">{noticeText}</p>}
      </div>

      {queue.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol className="space-y-4" data-testid="queue">
          {queue.map((item) => {
            const found = findLessonById(item.lessonId);
            return (
              <li key={`${item.kind}-${item.id}`} className="card space-y-3" data-testid="queue-item">
                <p className="flex flex-wrap gap-2 text-sm">
                  <span className="badge bg-slate-100 text-slate-800">{t(item.kind)} #{item.id}</span>
                  <span className="badge bg-red-50 text-accent">{t("reports", { count: item.reports })}</span>
                  {found && (
                    <Link href={`/tracks/${found.track.slug}/${found.lesson.slug}/questions`}>{t("onLesson", { lesson: pick(found.lesson.title, locale) })}</Link>
                  )}
                </p>
                <p className="text-sm text-muted">
                  {item.authorName ?? tq("deletedLearner")} · <time dateTime={new Date(item.createdAt).toISOString()}>{formatDate(item.createdAt, locale)}</time>
                </p>
                <PostText body={item.body} warning={tq("warning")} notClickable={tq("linkNotClickable")} />
                <div className="flex flex-wrap gap-2">
                  {(["restore", "remove"] as const).map((decision) => (
                    <form key={decision} action={moderateAction}>
                      <input type="hidden" name="kind" value={item.kind} />
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="decision" value={decision} />
                      <input type="hidden" name="locale" value={locale} />
                      <button type="submit" className={decision === "restore" ? "btn-primary" : "btn-secondary"} data-testid={decision}>
                        {t(decision)}
                      </button>
                    </form>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <section aria-labelledby="log" className="space-y-2">
        <h2 id="log" className="text-xl font-bold">{t("log")}</h2>
        {log.length === 0 ? (
          <p className="text-muted">{t("noLog")}</p>
        ) : (
          <ul className="divide-y divide-line rounded-xl border border-line bg-white" data-testid="moderation-log">
            {log.map((row) => (
              <li key={row.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <span>
                  {t(row.action === "restore" ? "logRestore" : "logRemove", { moderator: row.moderatorName ?? tq("deletedLearner"), kind: t(row.kind), id: String(row.postId) })}
                </span>
                <time dateTime={new Date(row.createdAt).toISOString()} className="text-sm text-muted">{formatDate(row.createdAt, locale)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
    </SitePage>
  );
}
