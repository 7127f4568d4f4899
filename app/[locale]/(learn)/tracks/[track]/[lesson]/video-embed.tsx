"use client";

import { useState } from "react";
import { PlayIcon } from "@/app/_components/icons";

/** A click-to-load player: nothing is fetched from YouTube until the learner presses play. */
export function VideoEmbed({ src, title, playLabel, note }: { src: string; title: string; playLabel: string; note: string }) {
  const [playing, setPlaying] = useState(false);
  return (
    <div className="relative aspect-video w-full overflow-hidden rounded-xl bg-ink">
      {playing ? (
        <iframe
          src={src}
          title={title}
          className="absolute inset-0 size-full"
          allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <button
          type="button"
          onClick={() => setPlaying(true)}
          className="absolute inset-0 flex size-full flex-col items-center justify-center gap-3 p-4 text-center text-white hover:bg-black/20"
        >
          <span className="grid size-16 place-items-center rounded-full bg-accent"><PlayIcon /></span>
          <span className="font-semibold">{playLabel}</span>
          <span className="text-sm text-white/80">{note}</span>
        </button>
      )}
    </div>
  );
}
