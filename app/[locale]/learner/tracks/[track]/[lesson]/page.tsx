import { setRequestLocale } from "next-intl/server";
import { currentLearner } from "@/app/_components/learner-page";
import { PracticeWork } from "@/app/_components/portfolio-practice-work";
import { LessonNotes } from "@/app/_components/lesson-notes";
import { MarkLessonForm } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/mark-lesson-button";
import { QuestionsCount } from "@/app/_components/questions-count";
import { LessonView, lessonMetadata, type OwnWork } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/lesson-view";

// The lesson page for a browser with the signed-in hint (next.config.ts rewrites it here).
export async function generateMetadata({ params }: PageProps<"/[locale]/learner/tracks/[track]/[lesson]">) {
  return lessonMetadata(await params);
}

export default async function LearnerLessonPage({ params }: PageProps<"/[locale]/learner/tracks/[track]/[lesson]">) {
  const p = await params;
  setRequestLocale(p.locale);
  const learner = await currentLearner();
  const ownWork: OwnWork = ({ lessonId, path }) => ({
    practice: <PracticeWork locale={p.locale} lessonId={lessonId} path={path} signedIn={Boolean(learner)} />,
    notes: <LessonNotes locale={p.locale} lessonId={lessonId} path={path} signedIn={Boolean(learner)} />,
  });
  return <LessonView {...p} learner={learner} ownWork={ownWork} parts={{ MarkLessonForm, QuestionsCount }} />;
}
