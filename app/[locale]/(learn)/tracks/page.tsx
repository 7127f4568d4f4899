import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTracks } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { TrackCard } from "@/app/_components/track-card";
import { SitePage } from "@/app/_components/site-page";
import { currentLearner } from "@/app/_components/learner-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/tracks">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracks" });
  return { title: t("title"), description: t("intro") };
}

export default async function TracksPage({ params, searchParams }: PageProps<"/[locale]/tracks">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const phoneOnly = (await searchParams).device === "phone";
  const t = await getTranslations({ locale, namespace: "tracks" });
  const tracks = getTracks().filter((track) => !phoneOnly || track.device === "phone");
  const filters = [
    { label: t("filterAll"), href: { pathname: "/tracks" }, active: !phoneOnly },
    { label: t("filterPhone"), href: { pathname: "/tracks", query: { device: "phone" } }, active: phoneOnly },
  ];

  return (
    <SitePage locale={locale} path="/tracks" query={phoneOnly ? { device: "phone" } : undefined} learner={await currentLearner()}>
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-muted">{t("filterLabel")}:</span>
        {filters.map((f) => (
          <Link
            key={f.label}
            href={f.href}
            aria-current={f.active ? "page" : undefined}
            className={f.active ? "btn-primary min-h-10 py-1" : "btn-secondary min-h-10 py-1"}
          >
            {f.label}
          </Link>
        ))}
        <span className="text-sm text-muted" aria-live="polite">
          {t("showing", { count: tracks.length })}
        </span>
      </nav>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tracks.map((track) => (
          <TrackCard key={track.slug} track={track} locale={locale} heading="h2" />
        ))}
      </ul>
    </div>
    </SitePage>
  );
}
