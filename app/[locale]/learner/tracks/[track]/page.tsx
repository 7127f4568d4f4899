import { setRequestLocale } from "next-intl/server";
import { currentLearner } from "@/app/_components/learner-page";
import { TrackView, trackMetadata } from "@/app/[locale]/(learn)/tracks/[track]/track-view";

// The track page for a browser with the signed-in hint (next.config.ts rewrites it here).
export async function generateMetadata({ params }: PageProps<"/[locale]/learner/tracks/[track]">) {
  return trackMetadata(await params);
}

export default async function LearnerTrackPage({ params }: PageProps<"/[locale]/learner/tracks/[track]">) {
  const p = await params;
  setRequestLocale(p.locale);
  return <TrackView {...p} learner={await currentLearner()} />;
}
