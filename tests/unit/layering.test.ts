/**
 * The layering lint (eslint.config.js) judges imports by the file they resolve to, so a
 * relative path cannot cross a layer that a package-name rule would miss.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

describe('layering by resolved path', () => {
  it('electron/core cannot reach electron/main by a relative path', async () => {
    const errors = await layerErrors('electron/core/services/x.ts', "import { hardenContents } from '../../main/security';\nexport const x = hardenContents;\n");
    expect(errors.join('\n')).toMatch(/electron\/core never imports electron\/main/);
  });

  it('shared/ cannot reach the renderer, the renderer cannot reach electron/', async () => {
    expect(await layerErrors('shared/domain/x.ts', "import { api } from '../../renderer/src/api/transport';\nexport const x = api;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/src/x.ts', "import { migrate } from '../../electron/core/db/migrate';\nexport const x = migrate;\n")).toHaveLength(1);
  });

  it('allows what the layers may use', async () => {
    expect(await layerErrors('electron/core/services/x.ts', "import { contract } from '../../../shared/contract/methods';\nexport const x = contract;\n")).toEqual([]);
  });
}, 60_000);
