"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { switchLocalePath } from "@/lib/i18n/paths";

/** Links to the same page in the other language. */
export function LanguageSwitch({ label, title, target }: { label: string; title: string; target: "bn" | "en" }) {
  const pathname = usePathname();
  return (
    <NextLink
      prefetch={false}
      href={switchLocalePath(pathname, target)}
      lang={target}
      hrefLang={target}
      title={title}
      aria-label={title}
      className="btn min-h-10 border border-line bg-white px-3 py-1 text-ink hover:bg-brand-50"
    >
      {label}
    </NextLink>
  );
}
