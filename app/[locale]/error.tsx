"use client";

import { useParams } from "next/navigation";

// Kept as three literal strings per language so that the error page needs no message runtime
// in the browser (it would add ~12 KB of ICU formatting to every page).
const TEXT = {
  bn: { title: "কিছু একটা সমস্যা হয়েছে", body: "আবার চেষ্টা করুন। বারবার এমন হলে একটু পরে আবার আসুন।", retry: "আবার চেষ্টা করুন" },
  en: { title: "Something went wrong", body: "Please try again. If it keeps happening, come back a little later.", retry: "Try again" },
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useParams().locale === "en" ? TEXT.en : TEXT.bn;
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.body}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t.retry}
      </button>
    </div>
  );
}
