import { NextResponse, type NextRequest } from "next/server";
import { DataError } from "@/db/errors";
import { getQuestionCounts } from "@/db/questions";
import { getTrack } from "@/lib/content";

// How many questions each lesson of a track has and how many are solved, for the islands on the
// prerendered track and lesson pages. Public data; asked for only by signed-in learners' pages.
export async function GET(request: NextRequest) {
  const track = getTrack(request.nextUrl.searchParams.get("track") ?? "");
  if (!track) return NextResponse.json({ error: "unknownTrack" }, { status: 404 });
  try {
    const counts = await getQuestionCounts({ trackSlug: track.slug });
    return NextResponse.json(counts, { headers: { "Cache-Control": "private, max-age=30" } });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return NextResponse.json({ error: "server" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
