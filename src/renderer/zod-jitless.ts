import { z } from 'zod';

// The window's CSP forbids evaluating strings, so zod's compiled fast path for objects can never
// run here; parsing takes zod's plain path either way. Left alone, zod finds that out by trying
// `new Function` at the first object schema, and Chromium answers the refused attempt with a
// violation report whose source location makes V8 parse the whole bundle again: 30–45 ms of CPU
// in the window's start-up task. Saying so before any schema is built skips the attempt. This
// module must stay the entry's first import, so that it runs before the modules that build schemas.
z.config({ jitless: true });
