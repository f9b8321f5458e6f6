// Folding for the claim stages: knowledge/actors.ts `foldText` (memoised per character), under its historical name.
import { foldText } from '../../knowledge/actors.js';

export type Folded = ReturnType<typeof foldText>;

/** Case- and accent-folds a text like `foldText` (the same function), keeping for each folded unit its offsets. */
export const foldFast = foldText;
