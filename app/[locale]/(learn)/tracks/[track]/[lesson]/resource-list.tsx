import { getTranslations } from "next-intl/server";
import { pick, type Resource } from "@/lib/content";
import { videoIdOf } from "@/lib/content/schema";
import { VideoEmbed, type VideoLabels } from "./video-embed";
import { SearchIcon } from "@/app/_components/icons";
import { estimateVideoMegabytes } from "@/lib/data-estimate";
import { formatNumber } from "@/lib/format";

function embedUrl(resource: Resource): string | null {
  const id = videoIdOf(resource.url);
  if (!id) return null;
  return resource.kind === "playlist"
    ? `https://www.youtube-nocookie.com/embed/videoseries?list=${id}&autoplay=1`
    : `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
}

/** The first video or playlist is the one to start with; the others and the searches are "more". */
export async function ResourceList({ resources, locale, minutes }: { resources: Resource[]; locale: string; minutes: number }) {
  const t = await getTranslations({ locale, namespace: "lesson" });
  const language = (l: "bn" | "en") => (l === "bn" ? t("languageBn") : t("languageEn"));
  const media = resources.flatMap((r) => (r.kind === "search" ? [] : [r]));
  const searches = resources.flatMap((r) => (r.kind === "search" ? [r] : []));
  const [first, ...rest] = media;
  // Rendered into every page, shown only with the data saver on (app/globals.css .save-only).
  // One object for every player of the page: the RSC payload carries it once and refers to it.
  const shared: VideoLabels = {
    playNote: t("playNote"),
    playlistNote: t("playlistNote"),
    failed: t("videoFailed"),
    retry: t("videoRetry"),
    openApp: t("videoOpenApp"),
    estimate: t("dataEstimate", { mb: formatNumber(estimateVideoMegabytes(minutes), locale) }),
    tip: t("dataTip"),
  };

  const item = (r: Exclude<Resource, { kind: "search" }>) => {
    const title = pick(r.title, locale);
    const src = embedUrl(r);
    return (
      <div key={r.url} className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="badge bg-red-50 text-red-800">
            {r.kind === "playlist" ? t("playlistIn", { language: language(r.language) }) : t("videoIn", { language: language(r.language) })}
          </span>
          {r.channel && <span className="text-muted">{t("by", { channel: r.channel })}</span>}
        </p>
        {src && (
          <VideoEmbed
            src={src}
            title={title}
            watchUrl={r.url}
            play={t("play", { title })}
            playlist={r.kind === "playlist"}
            labels={shared}
          />
        )}
        <p>
          <a href={r.url} rel="noopener noreferrer" target="_blank">
            {t("openOnYoutube")}: {title}
          </a>
        </p>
      </div>
    );
  };
  const searchList = searches.length > 0 && (
    <ul className="space-y-2" data-testid="search-links">
      {searches.map((r) => (
        <li key={r.url} className="flex items-start gap-2">
          <SearchIcon className="mt-1.5 size-4 shrink-0 text-muted" />
          <a href={r.url} rel="noopener noreferrer" target="_blank">
            {t.rich(r.language === "bn" ? "searchBn" : "searchEn", {
              query: r.query,
              // A Bengali query on an English page is drawn from the small font made for exactly
              // the Bengali text of English pages (scripts/copy-fonts.mjs), not the whole one.
              term: (chunks) => (
                <span lang={r.language} className={locale === "en" && r.language === "bn" ? "font-bengali-searches" : undefined}>
                  {chunks}
                </span>
              ),
            })}
          </a>
        </li>
      ))}
    </ul>
  );
  const moreCount = rest.length + searches.length;

  return (
    <div className="mt-3 space-y-6">
      {first && (
        <section aria-labelledby="start-here" className="card space-y-2 border-brand-600" data-testid="start-here">
          <h3 id="start-here" className="font-bold text-brand-800">{t("startHere")}</h3>
          {item(first)}
        </section>
      )}
      {!first && searchList}
      {first && moreCount > 0 && (
        <details className="group" data-testid="more-resources">
          <summary className="btn-secondary min-h-10 cursor-pointer py-1">{t("more", { count: moreCount })}</summary>
          <div className="mt-4 space-y-6">
            {rest.map(item)}
            {searchList}
          </div>
        </details>
      )}
    </div>
  );
}
