"use client";

import { useState } from "react";
import { PlayIcon } from "@/app/_components/icons";

/**
 * A click-to-load player: a compact row until the learner presses play, so nothing is fetched
 * from YouTube (no script, no thumbnail) and a lesson with several videos stays short on a phone.
 */
export function VideoEmbed({ src, title, playLabel, note }: { src: string; title: string; playLabel: string; note: string }) {
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <div className="relative aspect-video w-full overflow-hidden rounded-xl bg-ink">
        <iframe
          src={src}
          title={title}
          className="absolute inset-0 size-full"
          allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <button
      type="button"
      onClick={() => setPlaying(true)}
      className="flex w-full items-center gap-3 rounded-xl bg-ink p-3 text-start text-white hover:bg-black"
    >
      <span className="grid size-12 shrink-0 place-items-center rounded-full bg-accent">
        <PlayIcon className="size-6" />
      </span>
      <span className="min-w-0">
        <span className="block font-semibold">{playLabel}</span>
        <span className="block text-sm text-white/80">{note}</span>
      </span>
    </button>
  );
}
