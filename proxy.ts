import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Only locale routing happens here; sessions and ownership are checked in pages and data access.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|fonts|.*\\..*).*)"],
};
