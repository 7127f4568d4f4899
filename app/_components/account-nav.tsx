"use client";

import NextLink from "next/link";
import { useAppLocale } from "@/lib/i18n/client";
import { localePath } from "@/lib/i18n/paths";
import { useLearner } from "./learner-provider";

export function AccountNav({ signInLabel, dashboardLabel }: { signInLabel: string; dashboardLabel: string }) {
  const { status } = useLearner();
  const locale = useAppLocale();
  if (status === "signedIn") {
    return (
      <NextLink prefetch={false} href={localePath(locale, "/dashboard")} className="btn-primary min-h-10 py-1">
        {dashboardLabel}
      </NextLink>
    );
  }
  return (
    <NextLink prefetch={false} href={localePath(locale, "/signin")} className="btn-primary min-h-10 py-1">
      {signInLabel}
    </NextLink>
  );
}
