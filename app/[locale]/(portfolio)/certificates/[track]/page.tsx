import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { CertificateDetails } from "@/app/_components/certificate-details";
import { getCertificateFor, issueCertificate } from "@/db/certificates";
import { getCompletedLessonIds } from "@/db/progress";
import { requireUser } from "@/lib/auth/require";
import { getTrack, pick } from "@/lib/content";
import { localePath } from "@/lib/i18n/paths";
import { siteOrigin } from "@/lib/site-origin";
import { SitePage } from "@/app/_components/site-page";
import { learnerState } from "@/lib/learner-state";

// Printed on A4 or Letter: the content fits the narrower width (A4) and the shorter height (Letter).
const PRINT_CSS = `
@page { margin: 14mm; }
@media print {
  body > header, body > footer, .no-print, a[href="#main"] { display: none !important; }
  main { padding: 0 !important; }
  .certificate { border: 3px double #065f46; box-shadow: none; margin: 0; max-width: none; break-inside: avoid; }
  .certificate a { color: inherit; text-decoration: none; }
  html, body { background: #fff; }
}`;

export async function generateMetadata({ params }: PageProps<"/[locale]/certificates/[track]">): Promise<Metadata> {
  const { locale, track: slug } = await params;
  const track = getTrack(slug);
  const t = await getTranslations({ locale, namespace: "portfolio.certificate" });
  return { title: t("title", { track: track ? pick(track.title, locale) : slug }), robots: { index: false } };
}

export default async function CertificatePage({ params }: PageProps<"/[locale]/certificates/[track]">) {
  const { locale, track: slug } = await params;
  setRequestLocale(locale);
  const track = getTrack(slug);
  if (!track) notFound();
  const user = await requireUser(locale, `/certificates/${track.slug}`);
  const t = await getTranslations({ locale, namespace: "portfolio.certificate" });
  const page = { locale, path: `/certificates/${track.slug}`, learner: await learnerState(user) };
  const lessonIds = track.lessons.map((l) => l.id);
  const done = new Set(await getCompletedLessonIds({ userId: user.id }));
  // Issued on the last mark already; issuing here too is idempotent and covers older finishers.
  const certificate = lessonIds.every((id) => done.has(id))
    ? await issueCertificate({ userId: user.id, trackSlug: track.slug, lessonIds })
    : await getCertificateFor({ userId: user.id, trackSlug: track.slug });

  if (!certificate) {
    return (
      <SitePage {...page}>
        <div className="mx-auto max-w-2xl space-y-4">
          <h1 className="text-3xl font-bold">{t("heading")}</h1>
          <p>{t("notFinished")}</p>
        </div>
      </SitePage>
    );
  }
  const verifyUrl = `${await siteOrigin()}${localePath(locale, `/verify/${certificate.code}`)}`;
  const qr = await QRCode.toString(verifyUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });

  return (
    <SitePage {...page}>
      <style>{PRINT_CSS}</style>
      <article className="certificate card mx-auto max-w-3xl space-y-6 p-6 sm:p-10" lang={locale}>
        <header className="space-y-1 text-center">
          <p className="font-bold text-brand-800">KajShekha · কাজশেখা</p>
          <h1 className="text-3xl font-bold">{t("heading")}</h1>
          <p className="text-2xl font-semibold" data-testid="certificate-name">{certificate.learnerName}</p>
        </header>
        <CertificateDetails certificate={certificate} locale={locale} />
        <footer className="flex flex-wrap items-center gap-4 border-t border-line pt-4">
          {/* SVG generated on the server by the qrcode library from our own URL; no learner input. */}
          <div className="size-32 shrink-0" role="img" aria-label={verifyUrl} data-testid="certificate-qr" dangerouslySetInnerHTML={{ __html: qr }} />
          <div className="min-w-0 space-y-1 text-sm">
            <p>{t("scan")}</p>
            <p className="break-all font-mono" data-testid="verify-url">{verifyUrl}</p>
            <p>
              {t("code")}: <code data-testid="certificate-code">{certificate.code}</code>
            </p>
          </div>
        </footer>
      </article>
      <p className="no-print mx-auto mt-4 max-w-3xl text-sm">{t("print")}: Ctrl+P</p>
    </SitePage>
  );
}
