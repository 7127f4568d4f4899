import { getTranslations } from "next-intl/server";
import type { Certificate } from "@/db/certificates";
import { findLessonById, getTrack, pick } from "@/lib/content";
import { formatNumber } from "@/lib/format";

export function certificateDate(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "bn-BD", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Dhaka" }).format(ms);
}

/** What a certificate claims, word for word the same on the certificate and on /verify. */
export async function CertificateDetails({ certificate, locale }: { certificate: Certificate; locale: string }) {
  const t = await getTranslations({ locale, namespace: "portfolio.certificate" });
  const track = getTrack(certificate.trackSlug);
  const trackTitle = track ? pick(track.title, locale) : certificate.trackSlug;
  return (
    <div className="space-y-4">
      <p className="text-lg" data-testid="certificate-claim">
        {t("body", { name: certificate.learnerName, count: formatNumber(certificate.lessonIds.length, locale), track: trackTitle })}
      </p>
      <p>{t("issued", { date: certificateDate(certificate.issuedAt, locale) })}</p>
      <section aria-labelledby="cert-lessons">
        <h2 id="cert-lessons" className="font-bold">{t("lessons")}</h2>
        <ol className="mt-1 list-decimal space-y-0.5 ps-6 text-sm">
          {certificate.lessonIds.map((id) => {
            const found = findLessonById(id);
            return <li key={id}>{found ? pick(found.lesson.title, locale) : id}</li>;
          })}
        </ol>
      </section>
      <section aria-labelledby="cert-practice">
        <h2 id="cert-practice" className="font-bold">{t("practice")}</h2>
        {certificate.practice.length === 0 ? (
          <p className="text-sm">{t("noPractice")}</p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-sm">
            {certificate.practice.map((p) => {
              const found = findLessonById(p.lessonId);
              return (
                <li key={p.lessonId}>
                  {found ? `${pick(found.lesson.title, locale)}: ` : ""}
                  <a href={p.url} rel="nofollow ugc noopener" className="break-all">{p.url}</a>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p className="text-sm text-muted">{t("honesty")}</p>
    </div>
  );
}
