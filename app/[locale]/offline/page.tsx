import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { SitePage } from "@/app/_components/site-page";

// Precached by the service worker and shown for a page never opened while there is no connection.
export async function generateMetadata({ params }: PageProps<"/[locale]/offline">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "offline" });
  return { title: t("pageTitle"), robots: { index: false } };
}

export default async function OfflinePage({ params }: PageProps<"/[locale]/offline">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "offline" });
  return (
    <SitePage locale={locale} path="/offline">
      <section className="mx-auto max-w-2xl space-y-4" data-testid="offline-page">
        <h1 className="text-3xl font-bold">{t("pageTitle")}</h1>
        <p>{t("pageBody")}</p>
        <p>
          <Link href="/tracks" className="btn-secondary">{t("pageTracks")}</Link>
        </p>
      </section>
    </SitePage>
  );
}
