// The 23 persuasion-technique labels of SemEval-2023 Task 3, spelled exactly as in its data.

export const TECHNIQUE_LABELS = [
  'Appeal_to_Authority',
  'Appeal_to_Fear-Prejudice',
  'Appeal_to_Hypocrisy',
  'Appeal_to_Popularity',
  'Appeal_to_Time',
  'Appeal_to_Values',
  'Causal_Oversimplification',
  'Consequential_Oversimplification',
  'Conversation_Killer',
  'Doubt',
  'Exaggeration-Minimisation',
  'False_Dilemma-No_Choice',
  'Flag_Waving',
  'Guilt_by_Association',
  'Loaded_Language',
  'Name_Calling-Labeling',
  'Obfuscation-Vagueness-Confusion',
  'Questioning_the_Reputation',
  'Red_Herring',
  'Repetition',
  'Slogans',
  'Straw_Man',
  'Whataboutism',
] as const;

export type TechniqueLabel = (typeof TECHNIQUE_LABELS)[number];

export function isTechniqueLabel(value: string): value is TechniqueLabel {
  return (TECHNIQUE_LABELS as readonly string[]).includes(value);
}
