import type { Metadata } from "next";
import { SITE_ICONS } from "@/lib/site-icon";
import "./globals.css";

// Outside any locale there is no layout's metadata: the page names itself and has the site icon
// (without one, browsers ask for /favicon.ico, which does not exist).
export const metadata: Metadata = { title: "পাতাটি পাওয়া যায়নি · Page not found", icons: SITE_ICONS };

export default function GlobalNotFound() {
  return (
    <html lang="bn">
      <body className="grid min-h-dvh place-items-center p-6 text-center">
        <main>
          <h1 className="text-2xl font-bold">পাতাটি পাওয়া যায়নি · Page not found</h1>
          <p className="mt-4">
            <a href="/">কাজশেখা হোম</a> · <a href="/en" lang="en">KajShekha home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
