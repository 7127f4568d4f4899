import { setRequestLocale } from "next-intl/server";
import { HomeView } from "./home-view";

// Prerendered for everyone; a signed-in learner's request goes to app/[locale]/learner's twin.
export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <HomeView locale={locale} />;
}
