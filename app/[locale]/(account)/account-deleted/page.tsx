import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { SitePage } from "@/app/_components/site-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/account-deleted">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("deletedTitle"), robots: { index: false } };
}

/** Where deleting the account lands: says plainly that it is done and what was removed. */
export default async function AccountDeletedPage({ params }: PageProps<"/[locale]/account-deleted">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "account" });
  return (
    <SitePage locale={locale} path="/account-deleted">
      <div role="status" className="mx-auto max-w-xl space-y-4 py-6" data-testid="account-deleted">
        <h1 className="text-3xl font-bold">{t("deletedTitle")}</h1>
        <p>{t("deletedBody")}</p>
        <Link href="/" className="btn-primary">{t("deletedHome")}</Link>
      </div>
    </SitePage>
  );
}
