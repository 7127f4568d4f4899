"use client";

import { useParams } from "next/navigation";

/** The page's language in client components, from the [locale] route segment. */
export function useAppLocale(): "bn" | "en" {
  return useParams().locale === "en" ? "en" : "bn";
}
