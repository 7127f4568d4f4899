// What a video costs in mobile data, for the data saver's note on each video button.
// Assumed: YouTube at 360p streams about 0.65 Mbit/s of video and audio together, i.e. about
// 4.9 MB a minute (0.65 / 8 × 60); 144p is about a third of that. The lesson's minutes stand in for the
// video's length (the content does not record each video's own).
export const MB_PER_MINUTE_360P = (0.65 / 8) * 60;

/** Megabytes for `minutes` of video at 360p, rounded up to 5 MB (10 MB past 100): an estimate, not a promise. */
export function estimateVideoMegabytes(minutes: number): number {
  const mb = Math.max(1, minutes) * MB_PER_MINUTE_360P;
  const step = mb > 100 ? 10 : 5;
  return Math.ceil(mb / step) * step;
}
