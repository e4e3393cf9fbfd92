import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArticleError, decodeArticle, readArticle } from '../../../src/core/article';
import { tempDir } from '../helpers/tempDir';

describe('article decoding', () => {
  it('strips a UTF-8 BOM so offsets index the text after it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('华为\r\n', 'utf8')]);
    const a = decodeArticle('a.txt', bytes);
    assert.equal(a.text, '华为\r\n');
    assert.equal(a.hadBom, true);
  });

  it('names the file and the byte of the first invalid sequence for GBK text', () => {
    const gbk = Buffer.from([0x68, 0x69, 0xbb, 0xaa, 0xce, 0xaa]); // "hi华为" in GBK
    assert.throws(() => decodeArticle('news/gbk.txt', gbk), (err: ArticleError) => {
      assert.match(err.message, /^news\/gbk\.txt: not valid UTF-8 \(at byte 2\)/);
      return true;
    });
  });

  it('rejects binary and oversized files with the reason', () => {
    assert.throws(() => decodeArticle('x.png', Buffer.from([0x89, 0x50, 0x00, 0x01])), /x\.png: binary file/);
    assert.throws(() => decodeArticle('big.txt', Buffer.alloc(11, 0x41), 10), /big\.txt: too large \(11 bytes; the limit is 10\)/);
  });

  it('reports a missing file by name', async () => {
    const missing = path.join(os.tmpdir(), 'biaozhu-no-such-file.txt');
    await assert.rejects(readArticle(missing), new RegExp(`${missing.replace(/[.\\/]/g, '\\$&')}: cannot read \\(ENOENT\\)`));
  });

  it('reads a file from disk', async () => {
    const dir = tempDir();
    await fs.writeFile(path.join(dir, 'a.txt'), '２０２５年');
    assert.equal((await readArticle(path.join(dir, 'a.txt'))).text, '２０２５年');
  });
});
