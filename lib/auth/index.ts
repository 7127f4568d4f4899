import "server-only";
import { randomBytes } from "node:crypto";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getUserById } from "@/db/users";
import { authSecret } from "@/lib/env";
import { signInSchema } from "@/lib/validation";
import { requestAddress } from "./address";
import { checkPassword } from "./password-check";
import { redeemTicket } from "./tickets";
import { currentToken } from "./tokens";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
    /** This session's own id: a plain sign-out revokes it (revoked_sessions). */
    sid?: string;
  }
}

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** A refused sign-in on Auth.js's own endpoint that says it was the limit, not the password. */
class ThrottledSignin extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

const nextAuth = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is expected: one line, no stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") {
        console.warn("[auth] sign-in refused");
        return;
      }
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, ticket: {} },
      async authorize(credentials, request) {
        // The app's own forms sign in with a one-time ticket after their own checks.
        const ticketUser = redeemTicket(credentials?.ticket);
        if (ticketUser !== null) {
          const user = await getUserById({ userId: ticketUser });
          return user ? { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion } : null;
        }
        // Auth.js's own endpoint (/api/auth/callback/credentials) is held to the same limits.
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const check = await checkPassword({ ...parsed.data, address: requestAddress(request.headers) });
        if (!check.ok) {
          if (check.reason === "throttled") throw new ThrottledSignin(check.minutes);
          return null;
        }
        const { user } = check;
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        token.sid = randomBytes(16).toString("base64url");
        return token;
      }
      // Re-issuing (sliding renewal) re-checks the learner, session version and sign-out first.
      return currentToken(token);
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      return session;
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;
/** Auth.js's own session read; re-issues the cookie when given a response (see renewSession). */
export const authSession = nextAuth.auth;
