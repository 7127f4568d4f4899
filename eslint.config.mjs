// ESLint: Next's own rules (core web vitals, TypeScript, React hooks, jsx-a11y) and Drizzle's
// guard against a delete or update without a where clause. Runs in `npm test` (step "lint").
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // The effects that set state here read what only the device knows, after hydration (the
      // hint cookie, ticks kept in localStorage, "JavaScript is running"): the documented use of
      // an effect, which this React Compiler rule cannot tell apart from a derived value.
      "react-hooks/set-state-in-effect": "off",
      // Same-site links are plain <a> on purpose: app/_components/link-navigation.tsx makes their
      // clicks client-side navigations, without next/link's code and per-link component.
      "@next/next/no-html-link-for-pages": "off",
      // A leading underscore marks a parameter or binding left unused on purpose.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["db/**/*.ts", "lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "scripts/**/*.ts", "tests/**/*.ts"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/content/generated/**", "test-results/**", "playwright-report/**", "data/**", "public/sw.js", "next-env.d.ts", "docs/unmerged/**", ".tmp/**"]),
]);
