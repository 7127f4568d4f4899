import { defineRouting } from "next-intl/routing";

// Bengali lives at the bare path and English under /en. Detection is off on purpose: a learner
// whose phone is set to English still lands on Bengali at "/" and switches with one link.
export const routing = defineRouting({
  locales: ["bn", "en"],
  defaultLocale: "bn",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
