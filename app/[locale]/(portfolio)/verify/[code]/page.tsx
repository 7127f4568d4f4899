import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateDetails } from "@/app/_components/certificate-details";
import { getCertificateByCode } from "@/db/certificates";
import { SitePage } from "@/app/_components/site-page";
import { getSessionUser } from "@/lib/auth/session";
import { learnerState } from "@/lib/learner-state";

async function load(code: string) {
  if (!/^[a-z0-9]{10,40}$/i.test(code)) return undefined;
  return getCertificateByCode({ code });
}

export async function generateMetadata({ params }: PageProps<"/[locale]/verify/[code]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "portfolio.certificate" });
  return { title: t("verifyTitle"), robots: { index: false } };
}

/** Says whether a certificate code is real and shows exactly what that certificate claims. */
export default async function VerifyPage({ params }: PageProps<"/[locale]/verify/[code]">) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const certificate = await load(code);
  if (!certificate) notFound();
  const t = await getTranslations({ locale, namespace: "portfolio.certificate" });
  const viewer = await getSessionUser();
  return (
    <SitePage locale={locale} path={`/verify/${certificate.code}`} learner={viewer ? await learnerState(viewer) : undefined}>
    <article className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("verifyTitle")}</h1>
      {certificate.revoked ? (
        <p role="status" data-testid="verify-status" className="rounded-lg border border-accent p-3 font-semibold text-accent">{t("revoked")}</p>
      ) : (
        <>
          <p role="status" data-testid="verify-status" className="rounded-lg bg-brand-50 p-3 font-semibold text-brand-800">{t("valid")}</p>
          <div className="card">
            <CertificateDetails certificate={certificate} locale={locale} />
          </div>
        </>
      )}
      <p className="text-sm">
        {t("code")}: <code>{certificate.code}</code>
      </p>
    </article>
    </SitePage>
  );
}
