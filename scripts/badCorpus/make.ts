/** Shorthands for cases that edit the minimal fixture: E (error), W (warning), A (accepted). */
import type { Case, Fixture } from './types';

export type Edit = (d: Fixture) => void;
export const E = (
  name: string,
  fault: string,
  path: string,
  edit: Edit,
  message?: string,
): Case => ({
  name,
  fault,
  outcome: 'error',
  path,
  ...(message ? { message } : {}),
  make: (d) => (edit(d), d),
});
export const W = (
  name: string,
  fault: string,
  path: string,
  edit: Edit,
  message?: string,
): Case => ({
  name,
  fault,
  outcome: 'warning',
  path,
  ...(message ? { message } : {}),
  make: (d) => (edit(d), d),
});
export const A = (name: string, fault: string, edit: Edit): Case => ({
  name,
  fault,
  outcome: 'accepted',
  make: (d) => (edit(d), d),
});
