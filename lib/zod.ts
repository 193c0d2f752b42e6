import * as z from 'zod/mini';

// zod/mini rather than classic zod: its functional API tree-shakes, which keeps the
// content script (injected into every helpdesk page) small. ~7 KB gzip instead of ~25 KB.
//
// zod 4 probes `new Function()` to decide whether it can JIT its parsers; MV3's extension
// CSP forbids eval, so the probe itself would be a CSP violation. Every module that builds
// schemas imports `z` from here so this runs first.
z.config({ jitless: true });

export { z };
