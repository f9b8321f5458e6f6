// JavaScript-engine settings for the analysis: set once per process, before any worker thread starts.
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/**
 * Our lexicons are large regular expressions run millions of times. By default V8 first interprets a regex and
 * compiles it to machine code only after use; under a large heap its code is flushed at garbage collection and
 * the regex drops back to the interpreter, over and over: measured on 700-word news, the claims and techniques
 * stages ran 2-7x slower. Compiling every regex to machine code at once avoids that.
 *
 * V8 flags are process-wide and must not change while another thread runs JavaScript (that crashes V8), so only
 * the main thread sets them; the worker pool imports this module before it starts any worker.
 */
if (isMainThread) setFlagsFromString('--no-regexp-tier-up');
