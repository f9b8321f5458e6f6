// The persuasion-technique labels live in core (the contract validates them); re-exported for the stage.
export { TECHNIQUE_LABELS, isTechniqueLabel, type TechniqueLabel } from '../../core/technique-labels.js';
