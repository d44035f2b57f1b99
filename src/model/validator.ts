/**
 * The validator on demand. It (zod and its schema) is the largest part of the app and no
 * first view needs it on the page: the bundled report is validated in the import worker.
 * Whatever reads a dataset on the page awaits `loadValidator()` first; synchronous callers
 * (an edit in the workbench, which cannot open before a draft was validated) use
 * `validator()`.
 */
type Validate = typeof import('./validate');

let loaded: Validate | null = null;

export async function loadValidator(): Promise<Validate> {
  loaded ??= await import('./validate');
  return loaded;
}

/** The validator, once `loadValidator()` has resolved; throws before that (a bug). */
export function validator(): Validate {
  if (!loaded) throw new Error('the validator is used before it has loaded');
  return loaded;
}
