// Runs once when the server starts. Node-only work lives in its own module, so the edge build
// (which Next also compiles) never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup-check");
}
