// A zod schema of the public output record (../shared/CONTRACT.md), used to check outputs in tests and, later, the API.
import { z } from 'zod';
import { TECHNIQUE_LABELS } from './technique-labels.js';

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const textSpan = span.extend({ text: z.string() });
const affiliation = z.enum(['state', 'state-affiliated', 'independent', 'unknown']);
const removedKind = z.enum([
  'navigation',
  'header',
  'footer',
  'caption',
  'share',
  'source-credit',
  'related',
  'advertising',
  'other',
]);
const stance = z.enum(['asserts', 'accuses', 'confirms', 'denies', 'doubts', 'cannot-confirm']);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/);

export { TECHNIQUE_LABELS };

export const articleRecordSchema = z.object({
  input: z.string(),
  id: z.string().regex(/^[0-9a-f]{64}$/),
  error: z.null(),
  text: z.string(),
  language: z.string().length(2).nullable(),
  title: textSpan.nullable(),
  outlet: z.object({ name: z.string().min(1), domain: z.string().nullable() }).nullable(),
  origin: z
    .object({
      name: z.string().min(1),
      domain: z.string().nullable(),
      country: z.string().nullable(),
      affiliation,
      evidence: textSpan.nullable(),
    })
    .nullable(),
  published: isoDate.nullable(),
  body: z.array(span),
  removed: z.array(span.extend({ kind: removedKind })),
  dates: z.array(textSpan.extend({ value: isoDate.nullable() })),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string().min(1),
      type: z.enum(['person', 'organization', 'location', 'group', 'other']),
      roles: z.array(z.string()),
      mentions: z.array(span),
    }),
  ),
  quotes: z.array(
    span.extend({
      kind: z.enum(['direct', 'indirect', 'mixed']),
      cue: textSpan.nullable(),
      speaker: z
        .object({
          name: z.string(),
          entity: z.string().nullable(),
          start: z.number().int(),
          end: z.number().int(),
        })
        .nullable(),
    }),
  ),
  claims: z.array(
    z.object({
      id: z.string(),
      summary: z.string(),
      span,
      stances: z.array(
        z.object({ holder: z.object({ name: z.string(), entity: z.string().nullable() }), stance, span }),
      ),
    }),
  ),
  techniques: z.array(span.extend({ label: z.enum(TECHNIQUE_LABELS) })),
});

export const errorRecordSchema = z.object({
  input: z.string(),
  id: z.null(),
  error: z.object({ code: z.string().regex(/^E_[A-Z_]+$/), message: z.string().min(1) }),
  text: z.null(),
  language: z.null(),
  title: z.null(),
  outlet: z.null(),
  origin: z.null(),
  published: z.null(),
  body: z.array(span).length(0),
  removed: z.array(span).length(0),
  dates: z.array(span).length(0),
  entities: z.array(span).length(0),
  quotes: z.array(span).length(0),
  claims: z.array(span).length(0),
  techniques: z.array(span).length(0),
});
