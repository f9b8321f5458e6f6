// How claim signatures and families name actors (src/knowledge/claim-actors.yaml): state organs, blocs.
import { readFileSync } from 'node:fs';
import { parseValidated } from './yaml.js';
import { z } from 'zod';
import { SetupError } from '../core/errors.js';
import { loadActors } from './actors.js';
import { knowledgeFile } from './paths.js';

const actorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const ClaimActorsSchema = z
  .object({
    states: z.array(z.object({ id: actorId, actors: z.array(actorId).min(1) }).strict()).default([]),
    blocs: z
      .array(
        z
          .object({
            id: actorId,
            members: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
            institutions: z.array(actorId).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export interface ClaimActors {
  /** State organ (actor id) → the ISO country it acts for. */
  stateOf: ReadonlyMap<string, string>;
  /** Signature key of a member ("country:NL") or institution ("european-parliament") → its bloc's key. */
  blocOf: ReadonlyMap<string, string>;
}

function fail(path: string, message: string): never {
  throw new SetupError('E_KNOWLEDGE', `${path}: ${message}`);
}

/** Loads and checks the file: every actor it names exists, and every state organ has a country. */
export function loadClaimActors(path = knowledgeFile('claim-actors.yaml')): ClaimActors {
  let result: z.ZodSafeParseResult<z.infer<typeof ClaimActorsSchema>>;
  try {
    result = parseValidated(readFileSync(path, 'utf8'), ClaimActorsSchema, 'claim-actors');
  } catch (err) {
    fail(path, `not valid YAML: ${(err as Error).message}`);
  }
  if (!result.success) fail(path, result.error.issues[0]?.message ?? 'invalid');
  const actors = new Map(loadActors().map((a) => [a.id, a]));
  const stateOf = new Map<string, string>();
  for (const group of result.data.states)
    for (const id of group.actors) {
      const country = actors.get(id)?.country ?? fail(path, `"${id}" is no actor with a country`);
      stateOf.set(id, country);
    }
  const blocOf = new Map<string, string>();
  for (const bloc of result.data.blocs) {
    if (!actors.has(bloc.id)) fail(path, `bloc "${bloc.id}" is no actor`);
    for (const c of bloc.members) blocOf.set(`country:${c}`, bloc.id);
    for (const id of bloc.institutions) {
      if (!actors.has(id)) fail(path, `institution "${id}" is no actor`);
      blocOf.set(id, bloc.id);
    }
  }
  return { stateOf, blocOf };
}

let cached: ClaimActors | null = null;

export function claimActors(): ClaimActors {
  return (cached ??= loadClaimActors());
}
