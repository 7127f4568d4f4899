import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getMarketplaces, pick, pickList, tracksForMarketplace } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import type { LearnerState } from "@/lib/learner-state";
import { SitePage } from "@/app/_components/site-page";

export async function marketplacesMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "marketplaces" });
  return { title: t("title"), description: t("intro") };
}

/** The marketplaces, prerendered for visitors; the signed-in twin passes `learner` for the header. */
export async function MarketplacesView({ locale, learner }: { locale: string; learner?: LearnerState }) {
  const t = await getTranslations({ locale, namespace: "marketplaces" });

  return (
    <SitePage locale={locale} path="/marketplaces" learner={learner}>
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <p role="note" className="rounded-lg border border-amber-300 bg-warn-bg p-4 font-semibold text-warn-ink">
        {t("warning")}
      </p>
      <ul className="space-y-6">
        {getMarketplaces().map((m) => (
          <li key={m.key} id={m.key} className="card scroll-mt-4 space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-2xl font-bold">{m.name}</h2>
              <div className="flex flex-wrap gap-2">
                {m.models.map((model) => (
                  <span key={model} className="badge bg-brand-50 text-brand-800">
                    {t(`models.${model}`)}
                  </span>
                ))}
              </div>
            </div>
            <p>{pick(m.summary, locale)}</p>
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <h3 className="font-semibold">{t("how")}</h3>
                <ol className="mt-1 list-decimal space-y-1 ps-5 text-muted">
                  {pickList(m.how, locale).map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              </div>
              <div>
                <h3 className="font-semibold">{t("tips")}</h3>
                <ul className="mt-1 list-disc space-y-1 ps-5 text-muted">
                  {pickList(m.tips, locale).map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </div>
            </div>
            <div>
              <h3 className="font-semibold">{t("suits")}</h3>
              <ul className="mt-1 flex flex-wrap gap-2">
                {tracksForMarketplace(m.key).map((track) => (
                  <li key={track.slug}>
                    <Link href={`/tracks/${track.slug}`} className="badge border border-line bg-white text-brand-700 no-underline hover:underline">
                      {pick(track.title, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
            <p>
              <a href={m.url} rel="noopener noreferrer" target="_blank">
                {t("visit", { name: m.name })}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
    </SitePage>
  );
}
