// @vitest-environment node
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * Runs the project's own eslint.config.js on a few lines of code placed at a path. Type-aware rules are
 * switched off (they need a program, not what is tested here); every other rule, the fences among them,
 * is the real one.
 */
async function lintAt(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: new URL('..', import.meta.url).pathname,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint fences', () => {
  it('fails an import from features/sources into features/clusters', async () => {
    const rules = await lintAt(
      'src/features/clusters/fence-probe.ts',
      "export { SourcesView } from '../sources/sources-view';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('fails an import from features/clusters into features/sources (every folder is a zone)', async () => {
    const rules = await lintAt(
      'src/features/sources/fence-probe.ts',
      "export { RankingView } from '../clusters/ranking-view';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('passes an import from a shared layer into a feature', async () => {
    const rules = await lintAt(
      'src/features/clusters/fence-probe.ts',
      "export { DATA_FILES } from '../../data/data-files';\n",
    );
    expect(rules).toEqual([]);
  });

  it('fails shared code that imports a feature', async () => {
    const rules = await lintAt(
      'src/lib/fence-probe.ts',
      "export { SourcesView } from '../features/sources/sources-view';\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('fails a focused or skipped test', async () => {
    const code = "it.only('a', () => undefined);\ndescribe.skip('b', () => undefined);\n";
    const rules = await lintAt('src/lib/probe.test.ts', code);
    expect(rules).toEqual(['vitest/no-focused-tests', 'vitest/no-disabled-tests']);
  });

  it('fails a file name that is not kebab-case', async () => {
    const rules = await lintAt('src/lib/fenceProbe.ts', 'export const a = 1;\n');
    expect(rules).toContain('check-file/filename-naming-convention');
  });
});
