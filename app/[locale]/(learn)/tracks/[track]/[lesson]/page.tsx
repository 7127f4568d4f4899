import { setRequestLocale } from "next-intl/server";
import { getTracks } from "@/lib/content";
import { routing } from "@/lib/i18n/routing";
import { LessonView, lessonMetadata } from "./lesson-view";

// Prerendered for everyone; a signed-in learner's request is rewritten (next.config.ts) to the
// dynamic twin in app/[locale]/learner, which renders the same view with their marks.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getTracks().flatMap((t) => t.lessons.map((l) => ({ locale, track: t.slug, lesson: l.slug }))),
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/tracks/[track]/[lesson]">) {
  return lessonMetadata(await params);
}

export default async function LessonPage({ params }: PageProps<"/[locale]/tracks/[track]/[lesson]">) {
  const p = await params;
  setRequestLocale(p.locale);
  return <LessonView {...p} />;
}
