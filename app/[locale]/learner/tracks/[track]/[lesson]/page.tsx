import { setRequestLocale } from "next-intl/server";
import { currentLearner } from "@/app/_components/learner-page";
import { LessonView, lessonMetadata } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/lesson-view";

// The lesson page for a browser with the signed-in hint (next.config.ts rewrites it here).
export async function generateMetadata({ params }: PageProps<"/[locale]/learner/tracks/[track]/[lesson]">) {
  return lessonMetadata(await params);
}

export default async function LearnerLessonPage({ params }: PageProps<"/[locale]/learner/tracks/[track]/[lesson]">) {
  const p = await params;
  setRequestLocale(p.locale);
  return <LessonView {...p} learner={await currentLearner()} />;
}
