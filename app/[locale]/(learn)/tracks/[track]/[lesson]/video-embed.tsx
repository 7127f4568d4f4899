"use client";

import { useState } from "react";
import { PlayIcon } from "@/app/_components/icons";

/** The words every player of a page shares (one object, so the page carries them once). */
export type VideoLabels = { playNote: string; playlistNote: string; failed: string; retry: string; openApp: string; estimate: string; tip: string };

/**
 * A click-to-load player: a compact row until the learner presses play, so nothing is fetched
 * from YouTube (no script, no thumbnail) and a lesson with several videos stays short on a phone.
 * A frame that fails shows the browser's own error page, which the page cannot detect across
 * origins: so the way out (try again, open in the YouTube app) is always shown under the player.
 */
export function VideoEmbed({ src, title, watchUrl, play, playlist, labels }: { src: string; title: string; watchUrl: string; play: string; playlist: boolean; labels: VideoLabels }) {
  const [attempt, setAttempt] = useState(0);
  if (attempt > 0) {
    return (
      <div className="space-y-2">
        <div className="relative aspect-video w-full overflow-hidden rounded-xl bg-ink">
          <iframe
            key={attempt}
            src={src}
            title={title}
            className="absolute inset-0 size-full"
            allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="video-fallback">
          <span className="text-muted">{labels.failed}</span>
          <button type="button" onClick={() => setAttempt((n) => n + 1)} className="min-h-6 font-semibold text-brand-700 underline underline-offset-2">
            {labels.retry}
          </button>
          <a href={watchUrl} rel="noopener noreferrer" target="_blank" className="inline-block min-h-6 font-semibold">
            {labels.openApp}
          </a>
        </p>
      </div>
    );
  }
  return (
    <button
      type="button"
      onClick={() => setAttempt(1)}
      className="flex w-full items-center gap-3 rounded-xl bg-ink p-3 text-start text-white hover:bg-black"
    >
      <span className="grid size-12 shrink-0 place-items-center rounded-full bg-accent">
        <PlayIcon className="size-6" />
      </span>
      <span className="min-w-0">
        <span className="block font-semibold">{play}</span>
        <span className="block text-sm text-white/80">{playlist ? labels.playlistNote : labels.playNote}</span>
        <span className="save-only block text-sm font-semibold" data-testid="video-data-estimate">{labels.estimate}</span>
        <span className="save-only block text-sm text-white/80" data-testid="video-quality-tip">{labels.tip}</span>
      </span>
    </button>
  );
}
