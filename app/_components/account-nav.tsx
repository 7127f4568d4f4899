"use client";

import { Link } from "@/lib/i18n/navigation";
import { useLearner } from "./learner-provider";

export function AccountNav({ signInLabel, dashboardLabel }: { signInLabel: string; dashboardLabel: string }) {
  const { status } = useLearner();
  if (status === "signedIn") {
    return (
      <Link href="/dashboard" className="btn-primary min-h-10 py-1">
        {dashboardLabel}
      </Link>
    );
  }
  return (
    <Link href="/signin" className="btn-primary min-h-10 py-1">
      {signInLabel}
    </Link>
  );
}
