// Command-line options of scripts/train-techniques.ts (learning rates, calibration costs, per-language gates).
import type { ReportingGate } from '../src/stages/techniques/register.js';
import { DEFAULT_LEARN } from './techniques-learn.js';

export const argv = process.argv.slice(2);
export const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
/** A `--name fr=value,en=value` option as a map from language to parsed value. */
function perLanguage<T>(name: string, parse: (value: string) => T): Map<string, T> {
  const pairs = (flag(name) ?? '').split(',').filter(Boolean);
  return new Map(pairs.map((kv) => [kv.slice(0, kv.indexOf('=')), parse(kv.slice(kv.indexOf('=') + 1))]));
}
export const fixedEvidence = flag('min-evidence') === undefined ? null : Number(flag('min-evidence'));
const keep = Number(flag('keep') ?? DEFAULT_LEARN.keep);
const epochs = Number(flag('epochs') ?? DEFAULT_LEARN.epochs);
const rate = Number(flag('rate') ?? DEFAULT_LEARN.rate);
const l2 = Number(flag('l2') ?? DEFAULT_LEARN.l2);
export const OPTS = { keep, epochs, rate, l2 };
export const useStack = !argv.includes('--no-stack');
export const globalCut = argv.includes('--global');
export const poolWeight = Number(flag('pool') ?? 0.3);
export const only = flag('only')?.split(',');
export const usePositions = !argv.includes('--no-positions');
export const cvFolds = Number(flag('folds') ?? 5);
/** `--cut-cost fr=0.15,en=0.15`: per-language cost of a model label when calibrating cuts (0 elsewhere). */
export const cutCosts = perLanguage('cut-cost', Number);
/** `--raw-evidence`: calibrate on every word and no article gate (how models were trained before detector alignment). */
export const detectorAligned = !argv.includes('--raw-evidence');
/** `--reporting fr=0.7:1`: a language's wire-reporting gate (share:margin, register.ts), calibrated with and shipped. */
export const reportingGates = perLanguage('reporting', (v): ReportingGate => {
  const [share, margin] = v.split(':').map(Number);
  return { share, margin };
});
