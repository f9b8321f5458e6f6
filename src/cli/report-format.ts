// Renders a CorpusReport for the terminal: counts by outlet, origin, language and month; top entities, speakers, claims.
import type { CorpusReport, CountRow } from '../core/store.js';
import { safe, table } from './pretty.js';

function counts(title: string, rows: CountRow[]): string {
  if (rows.length === 0) return `${title}: none`;
  const max = Math.max(...rows.map((r) => r.count));
  const bar = (n: number): string => '█'.repeat(Math.max(1, Math.round((n / max) * 24)));
  return `${title}\n${rows.map((r) => `  ${safe(r.key).slice(0, 36).padEnd(36)} ${String(r.count).padStart(6)} ${bar(r.count)}`).join('\n')}`;
}

export function formatReport(report: CorpusReport, width = 110): string {
  const parts = [
    `Corpus: ${report.articles} articles${report.failures ? `, ${report.failures} inputs rejected` : ''}`,
    counts('By outlet (who published the copy)', report.byOutlet),
    counts('By origin (whose content it is)', report.byOrigin),
    counts('By language', report.byLanguage),
    counts('By month', report.byMonth),
  ];
  if (report.topEntities.length > 0) {
    parts.push(
      `Top entities\n${table(
        ['entity', 'type', 'articles', 'mentions'],
        report.topEntities.map((e) => [safe(e.name), e.type, String(e.articles), String(e.mentions)]),
        width,
      )}`,
    );
  }
  if (report.topSpeakers.length > 0) {
    parts.push(
      `Top speakers\n${table(
        ['speaker', 'quotes', 'articles'],
        report.topSpeakers.map((s) => [safe(s.name), String(s.quotes), String(s.articles)]),
        width,
      )}`,
    );
  }
  if (report.topClaims.length > 0) {
    const rows = report.topClaims.map((c) => [
      safe(c.summary).slice(0, 60),
      String(c.articles),
      String(c.holders),
      Object.entries(c.stances)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    ]);
    parts.push(`Top claims\n${table(['claim', 'articles', 'holders', 'stances'], rows, width)}`);
  }
  if (report.contestedClaims.length > 0) {
    const rows = report.contestedClaims.map((c) => [
      safe(c.summary).slice(0, 50),
      c.for.map(safe).join(', ').slice(0, 40),
      c.against.map(safe).join(', ').slice(0, 40),
    ]);
    parts.push(
      `Most contested claims\n${table(['claim', 'for (asserts/accuses/confirms)', 'against (denies/doubts/cannot confirm)'], rows, width)}`,
    );
  }
  if (report.laundering && report.laundering.length > 0) {
    const rows = report.laundering.map((e) => [
      safe(e.outlet),
      safe(e.origin),
      String(e.copies),
      String(e.uncredited),
      e.medianDelayDays === null ? '?' : `${e.medianDelayDays} d`,
    ]);
    parts.push(
      `Copies: ${report.copyPairs ?? 0} pairs; laundering graph (outlet republishes origin)\n${table(['outlet', 'origin', 'copies', 'uncredited', 'median delay'], rows, width)}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
