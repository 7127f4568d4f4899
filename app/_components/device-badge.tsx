import { ComputerIcon, PhoneIcon } from "./icons";

export function DeviceBadge({ device, label }: { device: "phone" | "computer"; label: string }) {
  return (
    <span className={`badge ${device === "phone" ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-800"}`}>
      {device === "phone" ? <PhoneIcon /> : <ComputerIcon />}
      {label}
    </span>
  );
}
