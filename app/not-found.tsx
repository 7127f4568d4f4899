import Link from "next/link";
import "./globals.css";

export default function GlobalNotFound() {
  return (
    <html lang="bn">
      <body className="grid min-h-dvh place-items-center p-6 text-center">
        <main>
          <h1 className="text-2xl font-bold">পাতাটি পাওয়া যায়নি · Page not found</h1>
          <p className="mt-4">
            <Link href="/">কাজশেখা হোম</Link> · <Link href="/en" lang="en">KajShekha home</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
