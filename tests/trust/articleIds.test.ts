import { describe, expect, it } from 'vitest';
import { articleIdFromFileName, findArticleIdProblems } from '../../src/permalinks/articleIds.ts';

describe('article ids', () => {
  it('folds a file name to a URL slug, keeping digits and underscores', () => {
    expect(articleIdFromFileName('content/articles/Ceasefire Talks.md')).toBe('ceasefire-talks');
    expect(articleIdFromFileName('000_d9d260c6567328dd.md')).toBe('000_d9d260c6567328dd');
    expect(articleIdFromFileName('Café--Débat!.markdown')).toBe('cafe-debat');
  });

  it('reports files whose names differ only in case as duplicates, each naming the other', () => {
    const problems = findArticleIdProblems(['a/Harbour-Strike.md', 'a/harbour-strike.md', 'a/other.md']);
    expect(problems.map((p) => [p.file, p.ruleId, p.others])).toEqual([
      ['a/Harbour-Strike.md', 'article-id-duplicate', ['a/harbour-strike.md']],
      ['a/harbour-strike.md', 'article-id-duplicate', ['a/Harbour-Strike.md']],
    ]);
    expect(problems[0]?.message).toMatch(/rename one of the files/);
  });

  it('reports spaces against hyphens, and one name under two extensions, as duplicates', () => {
    expect(findArticleIdProblems(['Harbour Strike.md', 'harbour-strike.md']).map((p) => p.id)).toEqual(['harbour-strike', 'harbour-strike']);
    expect(findArticleIdProblems(['talks.md', 'talks.markdown'])).toHaveLength(2);
  });

  it('accepts distinct names', () => {
    expect(findArticleIdProblems(['one.md', 'two.md', 'one-two.md'])).toEqual([]);
  });

  it('rejects a name with no letters or digits', () => {
    expect(findArticleIdProblems(['!!!.md']).map((p) => p.ruleId)).toEqual(['article-id-invalid']);
  });
});
