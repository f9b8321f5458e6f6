// Shared state of one CLI run: the exit status a command sets (0 ok, 1 some inputs rejected, 2 usage).
export interface RunState {
  status: number;
}

/** Usage errors found after parsing (e.g. a bad option value) exit with 2, like commander's own. */
export class UsageError extends Error {}
