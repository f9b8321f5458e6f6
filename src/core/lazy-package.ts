// Packages loaded on first need (our own two-line helper over node:module's createRequire): a run never pays the
// start-up of a package it does not use (linkedom for plain text, js-yaml with a warm cache, chardet for UTF-8).
import { createRequire } from 'node:module';

/** `require` for CommonJS packages, resolved from node_modules as this package's own modules resolve them. */
export const requirePackage = createRequire(import.meta.url);

/** A getter that requires the package `name` on its first call and returns the same module after. */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requirePackage(name) as T);
}
