// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../lib/adapters/freshdesk/text';
import { inlineText } from '../../../lib/adapters/pageReading';

const body = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return bodyText(div);
};

describe('bodyText', () => {
  it.each([
    ['div lines (Froala / email HTML)', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['a <div><br></div> blank line', '<div>Hi,</div><div><br></div><div>Text</div>', 'Hi,\n\nText'],
    ['paragraphs', '<p>one</p><p>two<br>three</p>', 'one\n\ntwo\nthree'],
    ['br inside a div', '<div>Thanks,<br>Dana</div>', 'Thanks,\nDana'],
    ['nested wrappers and indentation', '<div dir="ltr">\n  <div>a</div>\n  <div>b</div>\n</div>', 'a\nb'],
    ['lists', '<div>Steps:</div><ul><li>one</li><li>two</li></ul><div>end</div>', 'Steps:\n\none\ntwo\n\nend'],
    ['scripts and styles left out', '<div>a<script>x()</script><style>p{}</style> b</div>', 'a b'],
    ['runs of blank lines squashed', '<div>a</div><div><br></div><div><br></div><div><br></div><div>b</div>', 'a\n\nb'],
  ])('%s', (_, html, text) => expect(body(html)).toBe(text));

  it('keeps markup-looking text as text', () => {
    expect(body('<div>&lt;img src=x onerror=alert(1)&gt;</div>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('inlineText', () => {
  it('squashes whitespace and says undefined for nothing', () => {
    expect(inlineText(Object.assign(document.createElement('span'), { textContent: '  Dana \n Whitfield ' }))).toBe('Dana Whitfield');
    expect(inlineText(document.createElement('span'))).toBeUndefined();
    expect(inlineText(null)).toBeUndefined();
  });
});
