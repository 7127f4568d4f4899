import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { SitePage } from "@/app/_components/site-page";

// A not-found page does not know the path it answers, so its language switch opens the home page.
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <SitePage locale={locale} path="/">
      <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
        <p className="text-muted">{t("notFoundBody")}</p>
        <Link href="/tracks" className="btn-primary">
          {t("backToTracks")}
        </Link>
      </div>
    </SitePage>
  );
}
