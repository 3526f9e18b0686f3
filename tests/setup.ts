import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetFilterStore } from '../src/state/filters/filter-store';

afterEach(() => {
  cleanup();
  resetFilterStore();
});
