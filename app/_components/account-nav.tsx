"use client";

import { useAppLocale } from "@/lib/i18n/client";
import { localePath } from "@/lib/i18n/paths";
import { signOutAction } from "@/app/[locale]/(account)/actions";
import { useLearner } from "./learner-provider";

type Labels = { signIn: string; dashboard: string; account: string; signOut: string; menu: string };

/**
 * Sign in for visitors; for a learner a menu (a <details>, so it opens without JavaScript) with
 * the dashboard, the account and sign out, on every page.
 */
export function AccountNav({ labels }: { labels: Labels }) {
  const { status, name } = useLearner();
  const locale = useAppLocale();
  if (status !== "signedIn") {
    return (
      <a href={localePath(locale, "/signin")} className="btn-primary min-h-10 py-1">
        {labels.signIn}
      </a>
    );
  }
  return (
    <details className="relative" data-testid="account-menu">
      <summary className="btn-primary min-h-10 cursor-pointer list-none py-1" aria-label={`${labels.menu}: ${name ?? ""}`}>
        {labels.menu}
      </summary>
      <ul className="absolute end-0 z-20 mt-2 w-52 space-y-1 rounded-xl border border-line bg-white p-2 shadow-lg">
        <li>
          <a href={localePath(locale, "/dashboard")} className="block rounded-md px-3 py-2 text-ink no-underline hover:bg-brand-50">
            {labels.dashboard}
          </a>
        </li>
        <li>
          <a href={localePath(locale, "/account")} className="block rounded-md px-3 py-2 text-ink no-underline hover:bg-brand-50">
            {labels.account}
          </a>
        </li>
        <li>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="block w-full rounded-md px-3 py-2 text-start font-semibold text-accent hover:bg-red-50">
              {labels.signOut}
            </button>
          </form>
        </li>
      </ul>
    </details>
  );
}
