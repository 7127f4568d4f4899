// The headers every response carries. next.config.ts gives them to Next's routes; scripts/lib/request-guard.mjs
// sets them before anything answers, so redirects and errors carry them too.

/** Pages are prerendered, so a per-request nonce is not possible: Next's inline bootstrap scripts need 'unsafe-inline'. */
export function contentSecurityPolicy(isDev = false) {
  return [
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
}

export function securityHeaders(isDev = false) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isDev) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  ];
}

/**
 * Build assets (scripts, styles, fonts) are not documents: a policy, framing or permissions header
 * means nothing on them, only nosniff does. They get that alone, as nginx sends them
 * (deploy/nginx.conf.template), which keeps ~550 bytes off each of a page's dozen asset answers.
 * The service worker (/sw.js) is not one of them: its own CSP applies to it.
 */
export const ASSET_PATH = /^\/(?:_next\/static|fonts)\//;

export function assetHeaders() {
  return [{ key: "X-Content-Type-Options", value: "nosniff" }];
}
