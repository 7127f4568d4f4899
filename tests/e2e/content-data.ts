import path from "node:path";
import { loadContentDir } from "../../lib/content/validate";

const { curriculum } = loadContentDir(path.resolve("content"));
if (!curriculum) throw new Error("content/ is invalid: run npm run content:check");
export const tracks = curriculum.tracks;
export const firstTrack = tracks[0]!;
export const computerTrack = tracks.find((t) => t.device === "computer")!;
