/** The weight series shown in the weights step, and their colours. */
export type SeriesKey = 'ahp' | 'entropy' | 'critic' | 'final';

export const METHOD_COLOURS: Record<SeriesKey, string> = {
  ahp: '#1f6feb',
  entropy: '#e16f24',
  critic: '#8250df',
  final: '#1a7f37',
};
