// The `identify` stage: the outlet that published this copy and the origin it credits or reveals.
import type { Article, Layers } from '../../core/article.js';
import type { Stage } from '../../core/stage.js';
import type { OutletRef } from '../../core/article.js';
import { findOrigin } from './origin.js';
import { findOutlet } from './outlet.js';
import { nameKey } from '../../knowledge/outlets.js';

function sameOutlet(a: OutletRef, b: OutletRef): boolean {
  if (a.outletId !== null && b.outletId !== null) return a.outletId === b.outletId;
  return nameKey(a.name) === nameKey(b.name);
}

const words = (s: string): string[] => nameKey(s).split(/\s+/u).filter(Boolean);

/** A masthead cut short by the scrape ("TV" for "Press TV") whose words all belong to the credited source's name. */
function mastheadOfOrigin(outlet: OutletRef | null, origin: OutletRef | null): OutletRef | null {
  if (!outlet || !origin || outlet.rule !== 'outlet.masthead') return outlet;
  const own = new Set(words(origin.name));
  const parts = words(outlet.name);
  if (parts.length === 0 || !parts.every((w) => own.has(w))) return outlet;
  return { ...origin, evidence: outlet.evidence, rule: 'outlet.masthead-of-origin' };
}

/** An outlet's own dateline or title suffix ("BEIJING (Xinhua) --" in Xinhua) credits nobody else; a credit line does. */
function creditsAnother(origin: OutletRef | null, outlet: OutletRef | null): OutletRef | null {
  if (!origin || !outlet || !sameOutlet(origin, outlet)) return origin;
  return origin.rule.startsWith('origin.credit') ? origin : null;
}

export const identifyStage: Stage = {
  name: 'identify',
  version: '1',
  requires: ['body', 'removed', 'title', 'blocks'],
  provides: ['outlet', 'origin'],
  run(article: Article): Partial<Layers> {
    const origin = findOrigin(article);
    const outlet = mastheadOfOrigin(findOutlet(article), origin);
    return { outlet, origin: creditsAnother(origin, outlet) };
  },
};
