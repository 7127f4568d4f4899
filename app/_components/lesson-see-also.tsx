import { getTranslations } from "next-intl/server";
import { getTrack, pick, type Lesson } from "@/lib/content";
import { Link } from "@/lib/i18n/link";

/** A lesson's related tracks (e.g. getting paid safely) and the official help pages its text refers to. */
export async function LessonSeeAlso({ lesson, locale }: { lesson: Lesson; locale: string }) {
  const tracks = (lesson.seeAlso ?? []).flatMap((slug) => getTrack(slug) ?? []);
  const links = lesson.links ?? [];
  if (tracks.length === 0 && links.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "lesson" });
  return (
    <>
      {links.length > 0 && (
        <section aria-labelledby="official-links">
          <h2 id="official-links" className="text-xl font-bold">{t("linksTitle")}</h2>
          <ul className="mt-3 list-disc space-y-1 ps-6" data-testid="official-links">
            {links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noopener noreferrer" target="_blank">{pick(l.title, locale)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {tracks.length > 0 && (
        <section aria-labelledby="see-also" className="card">
          <h2 id="see-also" className="text-xl font-bold">{t("seeAlsoTitle")}</h2>
          <ul className="mt-3 space-y-2" data-testid="see-also">
            {tracks.map((track) => (
              <li key={track.slug}>
                <Link href={`/tracks/${track.slug}`} className="font-semibold">{pick(track.title, locale)}</Link>
                <p className="text-sm text-muted">{pick(track.summary, locale)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
