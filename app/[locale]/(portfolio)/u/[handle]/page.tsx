import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCompletedLessonIds } from "@/db/progress";
import { getPublishedPortfolio, listPractice } from "@/db/portfolio";
import { findLessonById, getMarketplaces, getTracks, pick } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { localePath } from "@/lib/i18n/paths";
import { siteOrigin } from "@/lib/site-origin";
import { SitePage } from "@/app/_components/site-page";
import { getSessionUser } from "@/lib/auth/session";
import { learnerState } from "@/lib/learner-state";

const UGC = "nofollow ugc noopener";

async function load(handle: string) {
  if (!/^[a-z0-9-]{3,30}$/i.test(handle)) return undefined;
  return getPublishedPortfolio({ handle });
}

export async function generateMetadata({ params }: PageProps<"/[locale]/u/[handle]">): Promise<Metadata> {
  const { locale, handle } = await params;
  const portfolio = await load(handle);
  if (!portfolio) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const title = portfolio.headline ? `${portfolio.displayName} · ${portfolio.headline}` : portfolio.displayName;
  const description = t("ogDescription", { name: portfolio.displayName });
  const url = `${await siteOrigin()}${localePath(locale, `/u/${portfolio.handle}`)}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "profile", title, description, url, siteName: "KajShekha", locale: locale === "en" ? "en_GB" : "bn_BD" },
    twitter: { card: "summary", title, description },
  };
}

/** A learner's public portfolio: only what they chose to show, and 404 the moment it is off. */
export default async function PortfolioPage({ params }: PageProps<"/[locale]/u/[handle]">) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  const portfolio = await load(handle);
  if (!portfolio) notFound();
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const [done, shown] = await Promise.all([getCompletedLessonIds({ userId: portfolio.userId }), listPractice({ userId: portfolio.userId, shownOnly: true })]);
  const doneSet = new Set(done);
  const finished = getTracks().filter((track) => track.lessons.every((l) => doneSet.has(l.id)));
  const marketplaceKeys = new Set(finished.flatMap((track) => track.marketplaces));
  const marketplaces = getMarketplaces().filter((m) => marketplaceKeys.has(m.key));

  const viewer = await getSessionUser();
  return (
    <SitePage locale={locale} path={`/u/${portfolio.handle}`} learner={viewer ? await learnerState(viewer) : undefined}>
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold" data-testid="portfolio-name">{portfolio.displayName}</h1>
        {portfolio.headline && <p className="text-lg text-muted">{portfolio.headline}</p>}
      </header>

      <section aria-labelledby="finished" className="space-y-3">
        <h2 id="finished" className="text-xl font-bold">{t("publicTracks")}</h2>
        {finished.length === 0 ? (
          <p>{t("noTracks")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {finished.map((track) => (
              <li key={track.slug}>
                <Link href={`/tracks/${track.slug}`}>{pick(track.title, locale)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="work" className="space-y-3">
        <h2 id="work" className="text-xl font-bold">{t("publicWork")}</h2>
        {shown.length === 0 ? (
          <p>{t("noWork")}</p>
        ) : (
          <ul className="space-y-3" data-testid="portfolio-work">
            {shown.map((item) => {
              const found = findLessonById(item.lessonId);
              return (
                <li key={item.lessonId} className="card space-y-1">
                  {found && <p className="text-sm text-muted">{t("lessonLabel", { title: pick(found.lesson.title, locale) })}</p>}
                  <a href={item.url} rel={UGC} className="break-all font-semibold">{item.url}</a>
                  {item.note && <p className="whitespace-pre-line">{item.note}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {marketplaces.length > 0 && (
        <section aria-labelledby="markets" className="space-y-3">
          <h2 id="markets" className="text-xl font-bold">{t("publicMarketplaces")}</h2>
          <ul className="flex flex-wrap gap-2">
            {marketplaces.map((m) => (
              <li key={m.key}>
                <a href={m.url} rel={UGC} className="badge bg-brand-50 text-brand-800">{m.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="border-t border-line pt-4 text-sm text-muted">{t("publicNote", { name: portfolio.displayName })}</p>
    </article>
    </SitePage>
  );
}
