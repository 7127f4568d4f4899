import { setRequestLocale } from "next-intl/server";
import { MarketplacesView, marketplacesMetadata } from "./marketplaces-view";

export async function generateMetadata({ params }: PageProps<"/[locale]/marketplaces">) {
  return marketplacesMetadata((await params).locale);
}

export default async function MarketplacesPage({ params }: PageProps<"/[locale]/marketplaces">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <MarketplacesView locale={locale} />;
}
