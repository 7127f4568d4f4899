export function DeviceBadge({ device, label }: { device: "phone" | "computer"; label: string }) {
  return (
    <span className={`badge ${device === "phone" ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-800"}`}>
      <span aria-hidden="true">{device === "phone" ? "📱" : "💻"}</span>
      {label}
    </span>
  );
}
