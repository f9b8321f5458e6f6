// Builds OutletRef layers from outlets.yaml rows or from unknown names found in a clear header or credit shape.
import type { OutletRef } from '../../core/article.js';
import type { TextSpan } from '../../core/span.js';
import { outletIndex, type Outlet } from '../../knowledge/outlets.js';

export function knownRef(outlet: Outlet, evidence: TextSpan | null, rule: string): OutletRef {
  return {
    name: outlet.name,
    domain: outlet.domains[0] ?? null,
    outletId: outlet.id,
    country: outlet.country,
    affiliation: outlet.affiliation,
    evidence,
    rule,
  };
}

export function unknownRef(
  name: string,
  domain: string | null,
  evidence: TextSpan | null,
  rule: string,
): OutletRef {
  return { name, domain, outletId: null, country: null, affiliation: 'unknown', evidence, rule };
}

/** The outlet a name stands for: the whole name first, else the first alias found inside it. */
export function resolveName(name: string): Outlet | null {
  const index = outletIndex();
  return index.byName(name) ?? index.findIn(name)[0]?.outlet ?? null;
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
