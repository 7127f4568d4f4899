import { getTranslations } from "next-intl/server";
import { pick, type Track } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { formatDuration } from "@/lib/format";
import { DeviceBadge } from "./device-badge";
import { TrackCardProgress } from "./track-progress";

export async function TrackCard({ track, locale, heading: Heading = "h3" }: { track: Track; locale: string; heading?: "h2" | "h3" }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const title = pick(track.title, locale);
  return (
    <li className="card relative flex flex-col gap-3 hover:border-brand-600" data-testid="track-card">
      <Heading className="text-lg font-bold">
        {/* The link covers the whole card, so any tap on it opens the track. */}
        <Link href={`/tracks/${track.slug}`} className="text-ink no-underline after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:text-brand-700 hover:underline">
          {title}
        </Link>
      </Heading>
      <p className="text-muted">{pick(track.summary, locale)}</p>
      <div className="mt-auto flex flex-wrap gap-2 text-sm">
        <DeviceBadge device={track.device} label={t(track.device)} />
        <span className="badge bg-amber-50 text-amber-900">{t(`level.${track.level}`)}</span>
        <span className="badge bg-slate-100 text-slate-800">{t("lessons", { count: track.lessons.length })}</span>
        <span className="badge bg-slate-100 text-slate-800">{formatDuration(track.hours * 60, locale)}</span>
      </div>
      <TrackCardProgress
        lessonIds={track.lessons.map((l) => l.id)}
        label={t.raw("progressLabel") as string}
        percentLabel={t.raw("percentDone") as string}
        title={title}
        locale={locale}
      />
    </li>
  );
}
