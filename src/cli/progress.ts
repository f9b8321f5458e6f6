// A progress bar on stderr for long runs — only when stderr is a terminal, so pipes and logs stay clean.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../app/ingest.js';

export interface ProgressView {
  update(p: IngestProgress): void;
  stop(): void;
}

export function progressView(expected: number | null): ProgressView {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        ' {bar} {value}/{total} inputs | {inserted} new, {skipped} already stored, {failed} rejected | {eta_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = expected ?? 0;
  bar.start(total, 0, { inserted: 0, skipped: 0, failed: 0 });
  return {
    update(p) {
      const done = p.seen + p.skipped;
      if (done > total) bar.setTotal((total = done));
      bar.update(done, { inserted: p.inserted, skipped: p.skipped, failed: p.failed });
    },
    stop: () => bar.stop(),
  };
}
