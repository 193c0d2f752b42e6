import { z } from 'zod';

// zod 4 probes `new Function()` to decide whether it can JIT its parsers; MV3's
// extension CSP forbids eval, so the probe itself throws a CSP violation report.
// Every module that builds schemas imports `z` from here so the config runs first.
z.config({ jitless: true });

export { z };
