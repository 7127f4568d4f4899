import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";

// One web app manifest per language, prerendered: /manifest.webmanifest (Bengali, the bare path
// through the rewrite in next.config.ts) and /en/manifest.webmanifest.
export const dynamic = "force-static";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  const start = locale === "en" ? "/en" : "/";
  const manifest: MetadataRoute.Manifest = {
    id: start,
    name: t("siteName"),
    short_name: t("siteName"),
    description: t("homeDescription"),
    lang: locale,
    start_url: start,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#065f46",
    icons: [
      { src: "/icons/any-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/any-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } });
}
