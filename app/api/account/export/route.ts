import { NextResponse } from "next/server";
import { DataError } from "@/db/errors";
import { exportUserData } from "@/db/users";
import { getSessionUser } from "@/lib/auth/session";

// "Download my data": the signed-in learner's own rows, without the password hash.
export async function GET() {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "signInRequired" }, { status: 401 });
  const data = await exportUserData({ userId: user.id }).catch((error: unknown) => {
    if (error instanceof DataError) return undefined;
    throw error;
  });
  if (data === undefined) return NextResponse.json({ error: "server" }, { status: 503 });
  return new NextResponse(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="kajshekha-my-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
