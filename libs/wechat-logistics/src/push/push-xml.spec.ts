import { parsePushXml } from './push-xml';
import { WechatPushError } from './wechat-push.error';

function malformedMessage(xml: string, maxDepth?: number): string {
  try {
    parsePushXml(xml, { maxDepth });
  } catch (error: unknown) {
    if (error instanceof WechatPushError && error.reason === 'malformed') {
      return error.message;
    }
    throw error;
  }
  throw new Error('expected a malformed WechatPushError');
}

describe('parsePushXml', () => {
  it('reads CDATA strings and bare numbers, keeping numbers as strings', () => {
    expect(
      parsePushXml(
        '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><CreateTime>1700000000</CreateTime></xml>',
      ),
    ).toEqual({ ToUserName: 'gh_0123456789ab', CreateTime: '1700000000' });
  });

  it('accepts a BOM, an XML declaration, comments and indentation', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
      <!-- pushed by WeChat -->
      <xml>
        <MsgType><![CDATA[event]]></MsgType> <!-- inline -->
        <Count>1</Count>
      </xml>
    `;
    expect(parsePushXml(xml)).toEqual({ MsgType: 'event', Count: '1' });
  });

  it('decodes the five entities and character references, but not inside CDATA', () => {
    expect(
      parsePushXml(
        '<xml><A>&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#20013;&#x6587;&#x1F4E6;</A><B><![CDATA[&amp; <raw>]]></B></xml>',
      ),
    ).toEqual({ A: `<b> & "c" 'd' 中文📦`, B: '&amp; <raw>' });
  });

  it('joins text and CDATA pieces and keeps leaf whitespace', () => {
    expect(
      parsePushXml('<xml><A> a <![CDATA[]]]]><![CDATA[>]]></A></xml>'),
    ).toEqual({ A: ' a ]]>' });
  });

  it('reads nested elements, self-closing elements and ignores attributes', () => {
    expect(
      parsePushXml(
        '<xml><Actions kind="node"><ActionTime>1</ActionTime><ActionMsg/></Actions><Empty></Empty></xml>',
      ),
    ).toEqual({ Actions: { ActionTime: '1', ActionMsg: '' }, Empty: '' });
  });

  it('turns repeated elements into arrays', () => {
    const xml =
      '<xml><Actions><ActionType>1</ActionType></Actions><Actions><ActionType>2</ActionType></Actions><Actions><ActionType>3</ActionType></Actions></xml>';
    expect(parsePushXml(xml).Actions).toEqual([
      { ActionType: '1' },
      { ActionType: '2' },
      { ActionType: '3' },
    ]);
  });

  it('makes a single list field an array of one, and leaves other fields alone', () => {
    const xml =
      '<xml><Actions><ActionType>1</ActionType></Actions><Count>1</Count></xml>';
    expect(parsePushXml(xml, { listFields: ['Actions'] })).toEqual({
      Actions: [{ ActionType: '1' }],
      Count: '1',
    });
  });

  it('reads an empty root as no fields', () => {
    expect(parsePushXml('<xml/>')).toEqual({});
    expect(parsePushXml('<xml> </xml>')).toEqual({});
  });

  it('cannot be made to pollute prototypes', () => {
    const fields = parsePushXml(
      '<xml><__proto__><polluted>yes</polluted></__proto__></xml>',
    );
    expect(Object.keys(fields)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [
      'a DOCTYPE',
      '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><A>&xxe;</A></xml>',
      'DOCTYPE',
    ],
    ['an ENTITY inside the root', '<xml><!ENTITY a "b"><A/></xml>', 'ENTITY'],
    ['an unknown entity', '<xml><A>&xxe;</A></xml>', 'entity'],
    ['a bare ampersand', '<xml><A>fish & chips</A></xml>', '&'],
    ['a reference to NUL', '<xml><A>&#0;</A></xml>', 'code point'],
    ['a reference to a surrogate', '<xml><A>&#xD800;</A></xml>', 'code point'],
    ['a mismatched closing tag', '<xml><A>1</B></xml>', 'does not match'],
    ['an unclosed element', '<xml><A>1</A>', 'end of input'],
    ['an unclosed root with children', '<xml><A><B>1</B>', 'end of input'],
    ['a stray closing tag', '<xml></A></xml>', 'does not match'],
    ['another root element', '<root><A>1</A></root>', '<xml>'],
    ['two root elements', '<xml/><xml/>', 'after the root'],
    ['text after the root', '<xml/>junk', 'after the root'],
    ['text beside elements', '<xml>junk<A>1</A></xml>', 'mixes'],
    ['an unterminated CDATA', '<xml><A><![CDATA[x</A></xml>', 'CDATA'],
    ['a processing instruction', '<xml><?php echo 1 ?></xml>', 'processing'],
    ['an empty document', '', 'expected an element'],
    ['a JSON body', '{"a":1}', 'expected an element'],
    ['a broken tag', '<xml><A 1></A></xml>', 'expected an element'],
  ])('refuses %s as malformed', (_case, xml, hint) => {
    expect(malformedMessage(xml)).toContain(hint);
  });

  it('refuses elements nested deeper than the limit', () => {
    const deep = (levels: number) =>
      `<xml>${'<a>'.repeat(levels)}1${'</a>'.repeat(levels)}</xml>`;
    expect(parsePushXml(deep(7))).toBeDefined();
    expect(malformedMessage(deep(8))).toContain('deeper than 8');
    expect(malformedMessage(deep(3), 3)).toContain('deeper than 3');
    expect(malformedMessage(deep(10_000))).toContain('deeper than 8');
  });

  it('never quotes the document in its errors', () => {
    expect(malformedMessage('<xml><Secret>s3cr3t</Other></xml>')).not.toContain(
      's3cr3t',
    );
  });
});
