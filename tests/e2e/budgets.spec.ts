import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { brokenByteBudgets, measurePages } from '../../bench/bytes.mjs';

// The deterministic part of the benchmark (npm run bench): bytes of every built page.
test('every built page keeps to the byte budgets', () => {
  const pages = measurePages(fileURLToPath(new URL('../../dist/', import.meta.url)));
  expect(pages.length).toBeGreaterThan(70);
  expect(brokenByteBudgets(pages)).toEqual([]);
});
