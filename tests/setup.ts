import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetFilterStore } from '../src/state/filters/filter-store';

// findBy*/waitFor give up after this long. The default (1 s) is shorter than a lazily loaded chart
// (Recharts) takes to import on a busy two-core CI machine; a slow pass is not a failure here.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  resetFilterStore();
});
