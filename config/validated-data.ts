import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { ValidatedData } from '../src/data/trusted-data.ts';
import type { RawDataFiles } from '../src/data/validate.ts';

type BuildValidation = typeof import('../src/data/build-validation.ts');

/**
 * Validates the data files AT BUILD TIME and writes what the client needs to trust them into the bundle
 * (`import.meta.env.VALIDATED_DATA`, ADR 034): each file's SHA-256 and where its dates are. A bad file
 * fails the build with the message the app's alert gives (file and field). The client hashes what it
 * fetched and runs the schemas only when a hash differs (src/data/queries.ts), so a changed or broken
 * file on the server is still validated and named.
 *
 * Production builds only: the dev server and the tests validate every time (data may change under them).
 */
export function validatedDataPlugin(): Plugin {
  return {
    name: 'klyngeinnsikt:validated-data',
    async config(config, { command }) {
      if (command !== 'build') return {};
      const root = resolve(config.root ?? process.cwd());
      const { module } = await runnerImport<BuildValidation>(join(root, 'src', 'data', 'build-validation.ts'), {
        root,
        configFile: false,
        logLevel: 'error',
      });
      const dataDir = join(root, 'public', 'data');
      const bytes = new Map(
        module.DATA_FILES.map((name) => [name, readFileSync(join(dataDir, module.fileNameOf(name)))]),
      );
      const read = () =>
        Object.fromEntries(
          module.DATA_FILES.map((name) => [name, JSON.parse(bytes.get(name)?.toString('utf8') ?? 'null') as unknown]),
        ) as RawDataFiles;
      const dates = module.datePathsForClient(read);
      const validated: ValidatedData = {};
      for (const name of module.DATA_FILES) {
        const sha256 = createHash('sha256')
          .update(bytes.get(name) ?? '')
          .digest('hex');
        validated[name] = { sha256, dates: dates[name] };
      }
      return { define: { 'import.meta.env.VALIDATED_DATA': JSON.stringify(validated) } };
    },
  };
}
