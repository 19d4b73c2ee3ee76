import { foldForSearch } from '../catalog';

/** A target group's name as a survey's answer is matched to it: case, accents and spacing folded. */
export function foldName(name: string): string {
  return foldForSearch(name.trim().replace(/\s+/g, ' '));
}
