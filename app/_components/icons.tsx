// Small inline icons: no icon font, no emoji (a cheap phone or a server may have no emoji font).
type IconProps = { className?: string };
const base = { "aria-hidden": true, fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round", viewBox: "0 0 24 24" } as const;

export const PhoneIcon = ({ className = "size-4" }: IconProps) => (
  <svg {...base} className={className}><rect x="7" y="2" width="10" height="20" rx="2" /><path d="M11 18h2" /></svg>
);
export const ComputerIcon = ({ className = "size-4" }: IconProps) => (
  <svg {...base} className={className}><rect x="3" y="4" width="18" height="12" rx="2" /><path d="M2 20h20" /></svg>
);
export const SkillIcon = ({ className = "size-6" }: IconProps) => (
  <svg {...base} className={className}><circle cx="12" cy="12" r="9" /><circle cx="12" cy="12" r="5" /><circle cx="12" cy="12" r="1" /></svg>
);
export const WifiIcon = ({ className = "size-6" }: IconProps) => (
  <svg {...base} className={className}><path d="M2 8.8a15 15 0 0 1 20 0M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0" /><path d="M12 20h.01" /></svg>
);
export const LanguageIcon = ({ className = "size-6" }: IconProps) => (
  <svg {...base} className={className}><path d="M4 5h8M8 3v2m2.5 0C9.5 10 7 13 4 14.5M6 9c1 2 3 4 5.5 5" /><path d="m13 21 4-9 4 9m-7-2.5h6" /></svg>
);
export const CheckIcon = ({ className = "size-4" }: IconProps) => (
  <svg {...base} className={className}><path d="M20 6 9 17l-5-5" /></svg>
);
export const CircleIcon = ({ className = "size-4" }: IconProps) => (
  <svg {...base} className={className}><circle cx="12" cy="12" r="9" /></svg>
);
export const PlayIcon = ({ className = "size-8" }: IconProps) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" fill="currentColor" className={className}><path d="M8 5v14l11-7z" /></svg>
);
export const SearchIcon = ({ className = "size-4" }: IconProps) => (
  <svg {...base} className={className}><circle cx="11" cy="11" r="7" /><path d="m21 21-4.3-4.3" /></svg>
);
/** A filled circle with a check: the "done" state, readable at a glance. */
export const CheckCircleIcon = ({ className = "size-6" }: IconProps) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" className={className}>
    <circle cx="12" cy="12" r="11" fill="currentColor" />
    <path d="m7 12.5 3.2 3.2L17 9" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
