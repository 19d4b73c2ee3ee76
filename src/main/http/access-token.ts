import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Any program on this machine can reach 127.0.0.1, so the host answers only those who know a
 * random token, given out once in the address it prints (as notebook servers do). The page
 * trades it for a same-site cookie at once, so the token leaves the address bar and the history.
 */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * One cookie name per port: cookies do not tell ports apart, and two hosts running side by side
 * must not overwrite each other's token.
 */
export function tokenCookieName(port: number): string {
  return `omstil-token-${port}`;
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

export function cookieToken(req: IncomingMessage, port: number): string | null {
  const name = tokenCookieName(port);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** Compared in constant time, so the answer's timing does not reveal how much of a guess was right. */
export function sameToken(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
