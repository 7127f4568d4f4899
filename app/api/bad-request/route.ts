// Where scripts/lib/request-guard.mjs sends a request Next could not parse (`OPTIONS *`, a bad
// %-escape, a multipart body without its boundary): a plain 400 instead of a 500.

export function GET() {
  return new Response("Bad request\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
