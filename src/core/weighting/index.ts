/** Normalisation, objective weights (entropy, CRITIC) and their combination with AHP weights. */
export { minMax, normaliseColumns, zScore, type MinMaxResult, type NormalisedColumns, type NormaliseOptions, type ZScoreResult } from './normalise.ts';
export { entropyWeights, type EntropyOptions, type EntropyResult, type EntropyShift } from './entropy.ts';
export { criticWeights, type CriticOptions, type CriticResult } from './critic.ts';
export { combineWeights, type CombineOptions } from './combine.ts';
