import { setRequestLocale } from "next-intl/server";
import { currentLearner } from "@/app/_components/learner-page";
import { MarketplacesView, marketplacesMetadata } from "@/app/[locale]/(learn)/marketplaces/marketplaces-view";

// The marketplaces page for a browser with the signed-in hint (next.config.ts rewrites it here).
export async function generateMetadata({ params }: PageProps<"/[locale]/learner/marketplaces">) {
  return marketplacesMetadata((await params).locale);
}

export default async function LearnerMarketplacesPage({ params }: PageProps<"/[locale]/learner/marketplaces">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <MarketplacesView locale={locale} learner={await currentLearner()} />;
}
