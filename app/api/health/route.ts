import { NextResponse } from "next/server";
import { pingDatabase } from "@/db/client";

// Liveness for process managers, the proxy and the test harness: 200 while the database answers,
// 503 while it does not (the pool reconnects by itself when it is back).
export async function GET() {
  try {
    await pingDatabase();
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[health] database unavailable:", error instanceof Error ? error.message : error);
    return NextResponse.json({ ok: false, error: "databaseUnavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
