import { z } from 'zod';

/**
 * zod, configured once for every runtime: no `new Function` probe or JIT (the renderer's CSP
 * forbids eval, and the probe alone files a CSP violation report on every load).
 * Contract files import `z` from here so the setting is in place before any schema is built.
 */
z.config({ jitless: true });

export { z };
