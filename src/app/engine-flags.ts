// V8 settings for analysis runs: a smaller inlining budget for the optimising compiler (TurboFan).
import { setFlagsFromString } from 'node:v8';

/**
 * Half of V8's default budget of callee bytecode inlined into one optimised function (920 bytes). Analysis is a large
 * body of code that turns hot within the first few hundred articles of a run, in every worker: with the default
 * budget, TurboFan spent ~22% of a 2,000-article run's CPU (perf, all threads), mostly building huge graphs for the
 * stage drivers (`stancesOfUnit` alone took ~120 ms a compile). Halved, optimising costs about a third less and a
 * run ~5–9% less CPU in paired runs; steady per-article code was not measurably slower.
 */
export const ANALYSIS_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=460';

/** Environment variable that replaces ANALYSIS_V8_FLAGS (empty: leave V8 as it is). */
export const V8_FLAGS_ENV = 'ECHOTRACE_V8_FLAGS';

/** The flags to apply: ANALYSIS_V8_FLAGS or the environment's, less any flag node was started with. */
export function engineFlags(env: NodeJS.ProcessEnv, execArgv: readonly string[]): string {
  const name = (flag: string): string => flag.split('=')[0];
  return (env[V8_FLAGS_ENV] ?? ANALYSIS_V8_FLAGS)
    .split(/\s+/u)
    .filter((f) => f.startsWith('--') && !execArgv.some((a) => name(a) === name(f)))
    .join(' ');
}

let applied: string | null = null;

/**
 * Applies engineFlags() to this process, once, before analysis threads start: V8 flags are process-wide, so the worker
 * isolates made afterwards compile with them. Returns the flags applied (empty when none).
 */
export function tuneEngine(): string {
  if (applied === null) {
    applied = engineFlags(process.env, process.execArgv);
    if (applied) setFlagsFromString(applied);
  }
  return applied;
}
