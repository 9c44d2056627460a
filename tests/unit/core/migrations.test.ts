import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNumbering, type Migration } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';

const m = (version: number): Migration => ({ version, name: `m${version}`, up: '' });
const DIR = path.resolve(import.meta.dirname, '../../../electron/core/db/migrations');

describe('migration numbering', () => {
  it('the shipped migrations run 1..N, one file each, every file in the list', () => {
    expect(MIGRATIONS.map((x) => x.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const files = fs.readdirSync(DIR).filter((f) => /^\d{3}-.+\.ts$/.test(f));
    expect(files.map((f) => Number(f.slice(0, 3))).sort((a, b) => a - b)).toEqual(MIGRATIONS.map((x) => x.version));
  });

  it('refuses a gap, a repeat or a wrong order at load', () => {
    expect(checkNumbering([m(1), m(2), m(3)])).toHaveLength(3);
    expect(() => checkNumbering([m(1), m(3)])).toThrow(/numbered 3 .*1\.\.N without gaps/);
    expect(() => checkNumbering([m(1), m(1)])).toThrow(/numbered 1/);
    expect(() => checkNumbering([m(2), m(1)])).toThrow(/numbered 2/);
    expect(() => checkNumbering([m(0)])).toThrow();
  });
});
