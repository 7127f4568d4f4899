// The real root layout is app/[locale]/layout.tsx, which sets <html lang>; this one only exists
// so that app/not-found.tsx can answer paths outside any locale.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
