import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";

// Liveness for process managers and the test harness: the database answers.
export function GET() {
  getDb().get(sql`SELECT 1`);
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
