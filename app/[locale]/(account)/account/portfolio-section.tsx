import { getTranslations } from "next-intl/server";
import { PortfolioSettingsForm } from "@/app/_components/portfolio-forms";
import { listCertificates } from "@/db/certificates";
import { getPortfolio } from "@/db/portfolio";
import { getTrack, pick } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { portfolioErrorText } from "@/lib/i18n/portfolio-error-text";

/** Issue 15 on /account: the public portfolio's settings and the learner's certificates. */
export async function PortfolioSection({ locale, userId, name }: { locale: string; userId: number; name: string }) {
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const [portfolio, certificates] = await Promise.all([getPortfolio({ userId }), listCertificates({ userId })]);
  return (
    <>
      <section aria-labelledby="portfolio" className="card space-y-4">
        <h2 id="portfolio" className="text-xl font-bold">{t("settingsTitle")}</h2>
        <p>{t("settingsBody")}</p>
        <PortfolioSettingsForm
          errorText={await portfolioErrorText(locale)}
          saved={{ handle: portfolio?.handle ?? "", displayName: portfolio?.displayName ?? name, headline: portfolio?.headline ?? "", published: portfolio?.published ?? false }}
          labels={{ handle: t("handleLabel"), handleHint: t("handleHint"), displayName: t("displayNameLabel"), headline: t("headlineLabel"), published: t("publishedLabel"), save: t("saveSettings") }}
        />
        {portfolio?.published && (
          <p>
            <Link href={`/u/${portfolio.handle}`} data-testid="public-link">{t("viewPublic")}</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="certificates" className="card space-y-3">
        <h2 id="certificates" className="text-xl font-bold">{t("certificatesTitle")}</h2>
        {certificates.length === 0 ? (
          <p>{t("noCertificates")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {certificates.map((c) => {
              const track = getTrack(c.trackSlug);
              return (
                <li key={c.code}>
                  <Link href={`/certificates/${c.trackSlug}`}>{track ? pick(track.title, locale) : c.trackSlug}</Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
