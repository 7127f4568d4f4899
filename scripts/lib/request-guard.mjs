// Loaded with `node --import` before Next's standalone server.js (scripts/start.mjs, the cluster,
// the test harness). It adds nothing to Next's request handling; through Node's public
// `http.server.request.start` diagnostics channel, which fires before the server's "request"
// event, it prepares each request in three ways:
// - every answer carries the security headers, redirects and errors included (Next's `headers()`
//   config does not reach its own 308s or 500s; Next sets the same values again on its routes);
//   build assets get nosniff alone (lib/security-headers.mjs);
// - the client address every limit is keyed by is worked out from the socket (and, only with
//   TRUST_PROXY_HOPS, from X-Forwarded-For) and handed to the app in one header, replacing whatever
//   a client sent under that name;
// - a request Next would answer with a 500 and a stack trace (`OPTIONS *`, a bad %-escape) is sent
//   to /api/bad-request, which answers 400.
import { subscribe } from "node:diagnostics_channel";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedHops } from "../../lib/client-address.mjs";
import { ASSET_PATH, assetHeaders, securityHeaders } from "../../lib/security-headers.mjs";
import { saveDataHintCookie } from "../../lib/device-prefs.mjs";

const HEADERS = securityHeaders(false);
const ASSET_HEADERS = assetHeaders();
const hops = trustedHops();

export const BAD_REQUEST_PATH = "/api/bad-request";

/** A request target Next cannot parse: no path (`*`, absolute forms), or a bad %-escape. */
export function malformed(url, contentType = "") {
  if (/^multipart\/form-data/i.test(contentType) && !/;\s*boundary=[^;\s]+/i.test(contentType)) return true;
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//")) return true;
  try {
    decodeURIComponent(url.split("?")[0]);
    new URL(url, "http://localhost").searchParams.toString();
    return false;
  } catch {
    return true;
  }
}

subscribe("http.server.request.start", ({ request, response, socket }) => {
  for (const { key, value } of ASSET_PATH.test(request.url ?? "") ? ASSET_HEADERS : HEADERS) response.setHeader(key, value);
  // Save-Data is a request header, which a prerendered page cannot see: a cookie tells its script.
  const hint = saveDataHintCookie(request.headers["save-data"], request.headers.cookie);
  if (hint) response.setHeader("Set-Cookie", hint);
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress({ socketAddress: socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], hops });
  if (malformed(request.url, request.headers["content-type"])) {
    request.url = BAD_REQUEST_PATH;
    request.method = "GET";
    delete request.headers["content-type"];
    delete request.headers["next-action"];
  }
});
