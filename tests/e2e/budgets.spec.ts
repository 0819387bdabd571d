import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { brokenByteBudgets, measurePages } from '../../bench/bytes.mjs';

// The deterministic part of the benchmark (npm run bench): bytes of every built page, and no script
// of their own on the self-check pages (bench/bytes.mjs).
test('every built page keeps to the byte and script budgets', () => {
  const pages = measurePages(fileURLToPath(new URL('../../dist/', import.meta.url)));
  expect(pages.length).toBeGreaterThan(70);
  expect(brokenByteBudgets(pages)).toEqual([]);
});
