import { getLocale, getTranslations } from "next-intl/server";
import { SitePage } from "@/app/_components/site-page";

// An unknown or malformed code: a clear "not found" (status 404), in the page's language.
export default async function CertificateNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "portfolio.certificate" });
  return (
    <SitePage locale={locale} path="/">
      <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h1 className="text-3xl font-bold" data-testid="verify-not-found">{t("notFoundTitle")}</h1>
        <p className="text-muted">{t("notFoundBody")}</p>
      </div>
    </SitePage>
  );
}
