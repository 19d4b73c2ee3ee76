import { configure } from '@testing-library/react';

/**
 * Every component test waits for what the screen shows, never for a time. On a busy machine (CI
 * runs two test files per core's worth of work) a screen can take longer than the one second
 * Testing Library waits by default; the waits still end as soon as the screen shows what they
 * wait for: this is a deadline, not a pace.
 */
configure({ asyncUtilTimeout: 15_000 });
