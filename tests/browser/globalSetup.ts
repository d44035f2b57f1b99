/**
 * Browser tests run against the production build (`npm run test:browser` builds first).
 * One preview server for all test files; its URL reaches them as TRACELINE_URL.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './server';

export default async function setup(project: TestProject) {
  const dist = process.env.TRACELINE_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests.`);
  }
  const server = await serveDist();
  project.provide('appUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
