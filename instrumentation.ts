// Runs once when the server starts: production refuses to serve without a real AUTH_SECRET.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authSecret } = await import("./lib/env");
  try {
    authSecret();
  } catch (error) {
    console.error(`[kajshekha] ${(error as Error).message}`);
    process.exit(1);
  }
}
