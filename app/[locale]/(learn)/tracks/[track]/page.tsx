import { setRequestLocale } from "next-intl/server";
import { getTracks } from "@/lib/content";
import { routing } from "@/lib/i18n/routing";
import { TrackView, trackMetadata } from "./track-view";

// Prerendered for everyone; a signed-in learner's request goes to app/[locale]/learner's twin.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getTracks().map((t) => ({ locale, track: t.slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/tracks/[track]">) {
  return trackMetadata(await params);
}

export default async function TrackPage({ params }: PageProps<"/[locale]/tracks/[track]">) {
  const p = await params;
  setRequestLocale(p.locale);
  return <TrackView {...p} />;
}
