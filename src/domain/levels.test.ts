import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/dataset';
import { levelNames, levelOrder, levelTitle, parseLevelParam } from './levels';

const { levels } = loadBundledDataset();

describe('level names and order come from levels.json', () => {
  it('names each level as the data does, and an unnamed id as itself', () => {
    expect(levelNames(levels)).toEqual({ arena: 'Arena', 'arena-pro': 'Arena Pro', nce: 'NCE', gce: 'GCE' });
    expect(levelNames([{ id: 'nce', name: 'Norwegian Centres' }]).nce).toBe('Norwegian Centres');
    expect(levelNames([]).gce).toBe('gce');
  });

  it('keeps the order of the data', () => {
    expect(levelOrder(levels)).toEqual(['arena', 'arena-pro', 'nce', 'gce']);
    expect(levelOrder([{ id: 'gce' }, { id: 'arena' }])).toEqual(['gce', 'arena']);
  });

  it('titles a level with its full name only when that says more', () => {
    const nce = levels.find((l) => l.id === 'nce');
    const arena = levels.find((l) => l.id === 'arena');
    expect(nce && levelTitle(nce, 'en')).toBe('NCE – Norwegian Centres of Expertise');
    expect(arena && levelTitle({ ...arena, fullName: { nb: 'Arena', en: 'Arena' } }, 'nb')).toBe('Arena');
  });
});

describe('parseLevelParam', () => {
  it('accepts the four level ids and nothing else', () => {
    expect(parseLevelParam('arena-pro')).toBe('arena-pro');
    expect(parseLevelParam('nce')).toBe('nce');
    expect(parseLevelParam('foo')).toBeNull();
    expect(parseLevelParam('NCE')).toBeNull();
    expect(parseLevelParam(undefined)).toBeNull();
  });
});
