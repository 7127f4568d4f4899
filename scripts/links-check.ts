// `npm run links:check`: asks YouTube's oEmbed endpoint about every video and playlist in content/
// and lists the dead ones. Needs the internet; never part of `npm test`.
import path from "node:path";
import { loadContentDir } from "../lib/content/validate";

const { curriculum, problems } = loadContentDir(path.resolve("content"));
if (!curriculum) {
  console.error(`content/ is invalid (${problems.length} problems): run npm run content:check`);
  process.exit(1);
}

type Link = { url: string; where: string[] };
const links = new Map<string, Link>();
for (const track of curriculum.tracks) {
  for (const lesson of track.lessons) {
    for (const r of lesson.resources) {
      if (r.kind === "search") continue;
      const entry = links.get(r.url) ?? { url: r.url, where: [] };
      entry.where.push(`tracks/${track.slug}.json ${lesson.id}`);
      links.set(r.url, entry);
    }
  }
}

async function status(url: string): Promise<number> {
  const res = await fetch(`https://www.youtube.com/oembed?format=json&url=${encodeURIComponent(url)}`, {
    signal: AbortSignal.timeout(10_000),
  });
  return res.status;
}

const all = [...links.values()];
try {
  await status(all[0]!.url);
} catch (error) {
  console.error(`network unreachable: could not reach www.youtube.com (${(error as Error).cause ?? (error as Error).message}).`);
  console.error("Run this where the internet is reachable; nothing was checked.");
  process.exit(2);
}

const dead: { link: Link; status: number | string }[] = [];
let checked = 0;
for (let i = 0; i < all.length; i += 8) {
  await Promise.all(
    all.slice(i, i + 8).map(async (link) => {
      try {
        const code = await status(link.url);
        checked++;
        // 401/403: the video exists but its owner disabled embedding; still watchable on YouTube.
        if (code === 404 || code === 400) dead.push({ link, status: code });
      } catch (error) {
        dead.push({ link, status: (error as Error).message });
      }
    }),
  );
}

for (const { link, status: s } of dead) console.log(`DEAD (${s}) ${link.url}\n    used in ${link.where.join(", ")}`);
console.log(`${checked} of ${all.length} links checked, ${dead.length} dead`);
process.exit(dead.length > 0 ? 1 : 0);
