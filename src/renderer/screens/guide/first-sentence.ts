/**
 * The first sentence of a catalogue description: enough to choose by, short enough to read ten of
 * on a projector. The whole description still goes into the plan.
 */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+[A-ZÆØÅ]|$)/su.exec(text.trim());
  return match ? match[0] : text;
}
