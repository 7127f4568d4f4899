import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const isDev = process.env.NODE_ENV !== "production";

// Pages are prerendered, so a per-request nonce is not possible: Next's inline bootstrap scripts
// need 'unsafe-inline'. Everything else is locked to this origin; only the YouTube player may frame.
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "frame-src https://www.youtube-nocookie.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

// Bengali is served at the bare path and English under /en. These rewrites do in the router what
// next-intl's middleware would do per request: measured, the middleware halved the throughput of
// prerendered lesson pages (986 vs 1,853 requests/s on this machine).
const LOCALE_FREE = "(?!en$|en/|bn$|bn/|api/|_next/|fonts/|icon\\.svg$).*";

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
  serverExternalPackages: ["better-sqlite3", "postgres", "@node-rs/argon2", "fxa-common-password-list"],
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
      { source: "/:path*", headers: securityHeaders },
      { source: "/fonts/:file", headers: [{ key: "Cache-Control", value: "public, max-age=2592000" }] },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
