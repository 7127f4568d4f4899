/** An accessible progress bar: role="progressbar" with its value and a label. */
export function ProgressBar({ percent, label, valueText }: { percent: number; label: string; valueText: string }) {
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
      aria-valuetext={valueText}
      className="h-2.5 w-full overflow-hidden rounded-full bg-brand-100"
    >
      <div className="h-full rounded-full bg-brand-700 transition-[width]" style={{ width: `${value}%` }} />
    </div>
  );
}
