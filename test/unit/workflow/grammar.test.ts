import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compile, regexSources, spansWithScope, Tokenizer, type RawGrammar } from './textmate';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const grammarFile = path.join(root, 'syntaxes', 'news-article.tmLanguage.json');
const grammar = JSON.parse(readFileSync(grammarFile, 'utf8')) as RawGrammar;
const tokenizer = new Tokenizer(grammar);
const seed = (name: string) => readFileSync(path.join(root, 'seeds', name), 'utf8');

/** Runs of text with `scope` on each line of `text`. */
function scoped(text: string, scope: string): string[][] {
  return tokenizer.tokenize(text).map((line) => spansWithScope(line, scope));
}

describe('news-article grammar', () => {
  it('is a valid grammar whose regexes all compile and whose includes resolve', () => {
    assert.equal(grammar.scopeName, 'text.news-article');
    const sources = regexSources(grammar);
    assert.ok(sources.length > 10);
    for (const { where, source } of sources) {
      assert.doesNotThrow(() => compile(source, true), `${where}: ${source}`);
      // Oniguruma and JavaScript differ on these; the grammar avoids them (digits are spelled out).
      assert.doesNotMatch(source, /\\[dDhHzZG]|\\p\{|\(\?[imx]/, `${where} uses syntax that differs between Oniguruma and JavaScript`);
    }
    assert.doesNotThrow(() => tokenizer.tokenize('x\n“a”\n《b》'));
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.grammars, [{ language: 'news-article', scopeName: 'text.news-article', path: './syntaxes/news-article.tmLanguage.json' }]);
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'news-article');
    assert.equal(language.configuration, './syntaxes/language-configuration.json');
    assert.doesNotThrow(() => JSON.parse(readFileSync(path.join(root, 'syntaxes', 'language-configuration.json'), 'utf8')));
  });

  it('marks the first non-empty line as the headline, after blank lines and breadcrumbs', () => {
    assert.deepEqual(scoped(seed('004_e3381badcb77d266.txt'), 'markup.heading').slice(0, 5), [['百度联手常州 拟打造千亿级大数据产业集聚区'], [], [], [], []]);
    const s002 = scoped(seed('002_25f2d22e045524fc.txt'), 'markup.heading');
    assert.deepEqual(s002.slice(0, 4), [[], [], ['华为与济南频频互动,释放哪些信号?'], []]);
    assert.deepEqual(scoped(seed('002_25f2d22e045524fc.txt'), 'comment.line.breadcrumb')[0], ['网易首页 > 网易山东 > 正文']);
    assert.deepEqual(scoped('\n\n标题\n正文', 'markup.heading'), [[], [], ['标题'], []]);
    assert.equal(s002.flat().length, 1, 'only one headline');
  });

  it('colors source and dateline lines', () => {
    const [, line] = tokenizer.tokenize('标题\n来源:21世纪经济报道 发布时间:2015-11-25 09:08:05');
    assert.deepEqual(spansWithScope(line, 'entity.name.tag.field'), ['来源', '发布时间']);
    assert.deepEqual(spansWithScope(line, 'entity.name.type.source'), ['21世纪经济报道']);
    assert.deepEqual(spansWithScope(line, 'constant.numeric.date'), ['2015-11-25 09:08:05']);
    assert.ok(line.every((t) => t.scopes.includes('meta.source.news-article')));
    const [, , body] = tokenizer.tokenize('标题\n图片来源:华为官微\n正文2021年');
    assert.ok(body.every((t) => !t.scopes.includes('meta.source.news-article')), 'a source line ends with its line');
    assert.deepEqual(spansWithScope(body, 'constant.numeric.date'), ['2021年']);
    const [, paren] = tokenizer.tokenize('标题\n(来源:齐鲁晚报)');
    assert.deepEqual(spansWithScope(paren, 'entity.name.tag.field'), ['来源']);
    assert.deepEqual(spansWithScope(tokenizer.tokenize('标题\n记者从相关方面获悉')[1], 'entity.name.tag'), [], 'no colon, no field');
  });

  it('colors dates', () => {
    const text = '标题\n2025-06-16 11:22:05\n根据公开报道消息,2025年5月15日,5月15日与2月27日会见。5月7日至8日,2024年,2月底,今年上半年,一九九七年十二月三十一日';
    assert.deepEqual(scoped(text, 'constant.numeric.date').slice(1), [
      ['2025-06-16 11:22:05'],
      ['2025年5月15日', '5月15日', '2月27日', '5月7日至8日', '2024年', '2月底', '今年上半年', '一九九七年十二月三十一日'],
    ]);
  });

  it('colors amounts but not counts, ordinals or numbers inside names', () => {
    const text = '标题\n投资482亿元,572.7亿美元,11.95元,增长25%,２５％,70万KL,1200万千瓦,千亿级,五百亿元,2,000元。430家企业,第十二次,74岁,5G';
    assert.deepEqual(scoped(text, 'constant.numeric.amount')[1], ['482亿元', '572.7亿美元', '11.95元', '25%', '２５％', '70万KL', '1200万千瓦', '千亿级', '五百亿元', '2,000元']);
  });

  it('colors quotations, with dates and amounts inside them', () => {
    const [, line] = tokenizer.tokenize('标题\n最近,济南的“顶格招商团”有点「忙」,称“投资50亿元”。');
    assert.deepEqual(spansWithScope(line, 'string.quoted'), ['“顶格招商团”', '「忙」', '“投资50亿元”']);
    assert.deepEqual(spansWithScope(line, 'constant.numeric.amount'), ['50亿元']);
    const [, open, after] = tokenizer.tokenize('标题\n他说:“未闭合的引号\n下一行');
    assert.deepEqual(spansWithScope(open, 'string.quoted'), ['“未闭合的引号'], 'an unclosed quote ends with its line');
    assert.deepEqual(spansWithScope(after, 'string.quoted'), []);
  });

  it('marks page boilerplate as comments', () => {
    const s002 = tokenizer.tokenize(seed('002_25f2d22e045524fc.txt'));
    const comments = s002.flatMap((line) => spansWithScope(line, 'comment.line'));
    for (const c of ['分享至', '相关推荐', '无障碍浏览 进入关怀版']) assert.ok(comments.includes(c), c);
    const s003 = tokenizer.tokenize(seed('003_a4529399addff03b.txt')).flatMap((line) => spansWithScope(line, 'comment.line'));
    for (const c of ['删帖申请|版权声明|手机版|Archiver|anquan.party', 'Powered by Discuz! X3.4', '快速回复 返回顶部 返回列表']) assert.ok(s003.includes(c), c);
    assert.deepEqual(scoped('标题\n责任编辑:张三\n相关阅读', 'comment.line').slice(1), [['责任编辑:张三'], ['相关阅读']]);
    assert.deepEqual(scoped('标题\n华为分享至济南的经验', 'comment.line')[1], [], 'only at the start of a line');
  });
});
