import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { assetHeaders, contentSecurityPolicy as cspFor, securityHeaders as securityHeadersFor } from "./lib/security-headers.mjs";

const isDev = process.env.NODE_ENV !== "production";

export const contentSecurityPolicy = cspFor(isDev);
const securityHeaders = securityHeadersFor(isDev);

// Bengali is served at the bare path and English under /en. These rewrites do in the router what
// next-intl's middleware would do per request: measured, the middleware halved the throughput of
// prerendered lesson pages (986 vs 1,853 requests/s on this machine).
const LOCALE_FREE = "(?!en$|en/|bn$|bn/|api/|_next/|fonts/|icons/|sw\\.js$).*";

// A browser with the signed-in hint cookie (lib/auth/hint.ts) gets the dynamic twin of the home,
// marketplaces, track and lesson pages (app/[locale]/learner), rendered with the learner's marks
// and header, so they are right without JavaScript and without a flash of the visitor's page.
// Everyone else gets the prerendered page: no dynamic request for visitors.
const hinted = [{ type: "cookie" as const, key: "ks_in" }];
const LEARNER_TWINS = [
  ["", "/learner"],
  ["/marketplaces", "/learner/marketplaces"],
  ["/tracks/:track", "/learner/tracks/:track"],
  ["/tracks/:track/:lesson", "/learner/tracks/:track/:lesson"],
] as const;
const learnerRewrites = LEARNER_TWINS.flatMap(([path, twin]) => [
  { source: path || "/", has: hinted, destination: `/bn${twin}` },
  { source: `/en${path}`, has: hinted, destination: `/en${twin}` },
]);

const nextConfig: NextConfig = {
  // A self-contained server (.next/standalone/server.js) that npm start, the cluster and any
  // platform that runs Next itself can start without the dev dependencies.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "postgres", "@node-rs/argon2", "fxa-common-password-list", "nodemailer"],
  async rewrites() {
    return {
      beforeFiles: [
        ...learnerRewrites,
        { source: "/", destination: "/bn" },
        { source: `/:path(${LOCALE_FREE})`, destination: "/bn/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/bn", destination: "/", permanent: true },
      { source: "/bn/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    return [
      // Build assets get nosniff alone (lib/security-headers.mjs ASSET_PATH); everything else all of them.
      { source: "/:path((?!_next/static/|fonts/).*)", headers: securityHeaders },
      { source: "/:dir(_next/static|fonts)/:path*", headers: assetHeaders() },
      // The service worker is checked for updates on every visit; never kept stale by a cache.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
      { source: "/fonts/:file", headers: [{ key: "Cache-Control", value: "public, max-age=2592000" }] },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
