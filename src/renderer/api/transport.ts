import type { ApiCall } from '../../shared/api-names';
import type { Result } from '../../shared/result';

/** Carries one call to the main side and brings its `Result` back; never throws. */
export type Transport = (call: ApiCall, input: unknown) => Promise<Result<unknown>>;
