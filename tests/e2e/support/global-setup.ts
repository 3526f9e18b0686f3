import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ (built by tests/e2e/run.mjs) for the whole e2e run. */
export default async function setup(project: TestProject) {
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
