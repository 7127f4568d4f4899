import "server-only";
import { cache } from "react";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getUserByEmail } from "@/db/users";
import { clearFailures, recordFailure, throttledMinutes } from "@/db/throttle";
import { authSecret } from "@/lib/env";
import { getDummyHash, verifyPassword } from "@/lib/passwords";
import { signInSchema } from "@/lib/validation";
import { currentToken } from "./tokens";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
  }
}

/** Sign-in refused because of too many failures; `code` carries the minutes to wait. */
export class ThrottledSignin extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

/** The client address as the reverse proxy (or Next itself) reports it. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

export function throttleKeys(email: string, address: string): string[] {
  return [`email:${email}`, `ip:${address}`];
}

const nextAuth = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const keys = throttleKeys(email, clientAddress(request.headers));

        const wait = await throttledMinutes({ keys });
        if (wait > 0) throw new ThrottledSignin(wait);

        const user = await getUserByEmail({ email });
        // Unknown emails are checked against a dummy hash, so both failures take as long.
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
        if (!user || !ok) {
          await recordFailure({ keys });
          return null;
        }
        await clearFailures({ key: keys[0]! });
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        return token;
      }
      // Every request re-reads the session version: a bumped one revokes this cookie at once.
      return currentToken(token);
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      return session;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
export const auth = cache(nextAuth.auth);
