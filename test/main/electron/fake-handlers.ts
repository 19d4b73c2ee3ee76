import { vi, type Mock } from 'vitest';
import type { ApiHandlers } from '../../../src/shared/api';
import { API_CALLS } from '../../../src/shared/api-names';
import type { PlanHandlers } from '../../../src/main/electron/windows-registry';

/**
 * A stand-in for the core's handlers: the shell's unit boundary. Every call records its input;
 * calls not given an implementation answer with a marker so a test can see they were reached.
 */
export function fakeHandlers(overrides: Partial<ApiHandlers> = {}): PlanHandlers & {
  calls: { call: string; input: unknown }[];
  dispose: Mock<() => void>;
} {
  const calls: { call: string; input: unknown }[] = [];
  const entries = API_CALLS.map((call) => {
    const implementation = overrides[call] as ((input: unknown) => unknown) | undefined;
    return [
      call,
      (input: unknown) => {
        calls.push({ call, input });
        return implementation ? implementation(input) : { reached: call };
      },
    ] as const;
  });
  return {
    ...(Object.fromEntries(entries) as unknown as ApiHandlers),
    calls,
    dispose: vi.fn<() => void>(),
  };
}
