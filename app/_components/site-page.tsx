import type { LearnerState } from "@/lib/learner-state";
import { LearnerProvider } from "./learner-provider";
import { SiteHeader } from "./site-header";

type Props = {
  locale: string;
  /** This page's path without the language prefix, for the language switch. */
  path: string;
  query?: Record<string, string>;
  /** Given on pages rendered for a signed-in learner: their marks and header are in the HTML. */
  learner?: LearnerState;
  children: React.ReactNode;
};

/**
 * Header and main of every page. The header lives here, not in the layout, because only the page
 * knows its own path: the language switch is then right in the prerendered HTML.
 */
export function SitePage({ locale, path, query, learner, children }: Props) {
  const body = (
    <>
      <SiteHeader locale={locale} path={path} query={query} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
    </>
  );
  return learner ? <LearnerProvider initial={learner}>{body}</LearnerProvider> : body;
}
