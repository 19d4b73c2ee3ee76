/**
 * The web sites a link in the program may open in the user's browser: those its own help and
 * catalogue texts point to. Every other address (another host, http:, file:, javascript:, a
 * network share) is refused, so a page can never make the shell open something the program does
 * not vouch for. A test keeps this list and the texts' links in step.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  // Kompetencesekretariatet: the rules of Den Statslige Kompetencefond that the funding check cites.
  'kompetenceudvikling.dk',
  'www.kompetenceudvikling.dk',
];

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  );
}
