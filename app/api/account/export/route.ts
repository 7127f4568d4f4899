import { NextResponse } from "next/server";
import { exportUserData } from "@/db/users";
import { getSessionUser } from "@/lib/auth/session";

// "Download my data": the signed-in learner's own rows, without the password hash.
export async function GET() {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "signInRequired" }, { status: 401 });
  const data = exportUserData({ userId: user.id });
  return new NextResponse(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="kajshekha-my-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
