/**
 * zod, configured once: every schema imports z from here. Jitless, because zod's compiled
 * parsers are built with `new Function`, which the page's Content-Security-Policy forbids
 * (no 'unsafe-eval'); it measured no slower on a 200k-event file.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
