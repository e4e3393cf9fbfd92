// Imported first by extension.ts, before any schema exists. zod probes `navigator` to decide
// whether it may compile parsers with `new Function`; in the extension host that probe logs a
// PendingMigrationError stack on every activation. Sidecars and settings are small enough that
// the interpreted parsers cost nothing noticeable.
import { z } from 'zod';

z.config({ jitless: true });
