import { getTranslations } from "next-intl/server";
import { pick, type Resource } from "@/lib/content";
import { videoIdOf } from "@/lib/content/schema";
import { VideoEmbed } from "./video-embed";
import { SearchIcon } from "@/app/_components/icons";

function embedUrl(resource: Resource): string | null {
  const id = videoIdOf(resource.url);
  if (!id) return null;
  return resource.kind === "playlist"
    ? `https://www.youtube-nocookie.com/embed/videoseries?list=${id}&autoplay=1`
    : `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
}

export async function ResourceList({ resources, locale }: { resources: Resource[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "lesson" });
  const language = (l: "bn" | "en") => (l === "bn" ? t("languageBn") : t("languageEn"));
  const media = resources.flatMap((r) => (r.kind === "search" ? [] : [r]));
  const searches = resources.flatMap((r) => (r.kind === "search" ? [r] : []));

  return (
    <div className="mt-3 space-y-6">
      {media.map((r) => {
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
              <VideoEmbed src={src} title={title} playLabel={t("play", { title })} note={t("playNote")} />
            )}
            <p>
              <a href={r.url} rel="noopener noreferrer" target="_blank">
                {t("openOnYoutube")}: {title}
              </a>
            </p>
          </div>
        );
      })}
      <ul className="space-y-2" data-testid="search-links">
        {searches.map((r) => (
            <li key={r.url} className="flex items-start gap-2">
              <SearchIcon className="mt-1.5 size-4 shrink-0 text-muted" />
              <a href={r.url} rel="noopener noreferrer" target="_blank">
                {r.language === "bn" ? t("searchBn", { query: r.query }) : t("searchEn", { query: r.query })}
              </a>
            </li>
        ))}
      </ul>
    </div>
  );
}
