/**
 * The edtf package's parser, handed to dates.ts when this module loads. The validator
 * imports it (so the worker, the CLI and the tests have it at once); the page loads it
 * only for a dataset whose dates the fast path does not read (dates.ensureEdtfFor).
 */
import edtf from 'edtf';
import { setEdtfParser } from './dates';

setEdtfParser(edtf);
