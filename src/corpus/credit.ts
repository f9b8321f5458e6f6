// Who credits whom: outlet and origin names compared loosely ("RT en français" credits "RT"), by name or domain.
import { fold } from './text.js';

export interface Party {
  outlet: string | null;
  outletDomain: string | null;
  origin: string | null;
  originDomain: string | null;
}

function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Two outlet names are one outlet when equal, or when one is the other followed by more words. */
export function sameOutlet(
  a: string | null,
  b: string | null,
  domainA: string | null = null,
  domainB: string | null = null,
): boolean {
  if (domainA && domainB && domainA.toLowerCase() === domainB.toLowerCase()) return true;
  if (!a || !b) return false;
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === '' || kb === '') return false;
  return ka === kb || ka.startsWith(`${kb} `) || kb.startsWith(`${ka} `);
}

/** The article credits another source than itself. */
export function creditsOther(p: Party): boolean {
  return p.origin !== null && !sameOutlet(p.origin, p.outlet, p.originDomain, p.outletDomain);
}

/** `copy` names `source`'s outlet as its origin. */
export function credits(copy: Party, source: Party): boolean {
  return (
    copy.origin !== null && sameOutlet(copy.origin, source.outlet, copy.originDomain, source.outletDomain)
  );
}

/** `copy` names the same origin `source` credits (both republish a third party). */
export function sharesOrigin(copy: Party, source: Party): boolean {
  return (
    copy.origin !== null &&
    source.origin !== null &&
    creditsOther(source) &&
    sameOutlet(copy.origin, source.origin, copy.originDomain, source.originDomain)
  );
}
