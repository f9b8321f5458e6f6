// JavaScript-engine settings for the analysis: set once per process (V8 flags are process-wide, workers included).
import { setFlagsFromString } from 'node:v8';

/**
 * Our lexicons are large regular expressions run millions of times. By default V8 first interprets a regex and
 * compiles it to machine code only after use; under a large heap its code is flushed at garbage collection and
 * the regex drops back to the interpreter, over and over: measured on 700-word news, the claims and techniques
 * stages ran 2-7x slower. Compiling every regex to machine code at once avoids that.
 */
setFlagsFromString('--no-regexp-tier-up');
