import { setRequestLocale } from "next-intl/server";
import { currentLearner } from "@/app/_components/learner-page";
import { HomeView } from "../home-view";

// The home page for a browser with the signed-in hint (next.config.ts rewrites it here).
export default async function LearnerHomePage({ params }: PageProps<"/[locale]/learner">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <HomeView locale={locale} learner={await currentLearner()} />;
}
