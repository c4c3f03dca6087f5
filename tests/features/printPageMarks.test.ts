import { describe, expect, it } from 'vitest';
import { applyPageMarks, cssString, pageCounterContent } from '../../src/features/print/pageMarks';

describe('the words in each printed page’s margins', () => {
  it('quotes any name safely as a CSS string', () => {
    expect(cssString('Sam')).toBe('"Sam"');
    expect(cssString('Sam "Sunny" O\\Brien')).toBe('"Sam \\"Sunny\\" O\\\\Brien"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
    expect(cssString('bell\u0007')).toBe('"bell "');
    // Nothing can close the string and add CSS of its own.
    expect(cssString('"; } body { display: none } "')).toBe('"\\"; } body { display: none } \\""');
  });

  it('turns “Page {{page}} of {{pages}}” into counters, in whatever order a language needs', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(pageCounterContent('{{page}} / {{pages}}')).toBe('counter(page) " / " counter(pages)');
    expect(pageCounterContent('共 {{pages}} 页，第 {{page}} 页')).toBe(
      '"共 " counter(pages) " 页，第 " counter(page) " 页"',
    );
  });

  it('sets the words on <html> for print.css and takes them away again', () => {
    const root = document.createElement('div');
    const remove = applyPageMarks(
      { title: 'Sam’s plan', dated: 'This copy is from 3 May 2026.', pageTemplate: '{{page}}' },
      root,
    );
    expect(root.style.getPropertyValue('--print-top-left')).toBe('"Sam’s plan"');
    expect(root.style.getPropertyValue('--print-top-right')).toBe(
      '"This copy is from 3 May 2026."',
    );
    expect(root.style.getPropertyValue('--print-page')).toBe('counter(page)');
    remove();
    expect(root.getAttribute('style') ?? '').toBe('');
  });

  it('puts the title where the line starts: on the right in a right-to-left language', () => {
    const root = document.createElement('div');
    root.dir = 'rtl';
    document.body.append(root);
    applyPageMarks({ title: 'میرا منصوبہ', dated: '3 مئی 2026', pageTemplate: '{{page}}' }, root);
    expect(root.style.getPropertyValue('--print-top-right')).toBe('"میرا منصوبہ"');
    expect(root.style.getPropertyValue('--print-top-left')).toBe('"3 مئی 2026"');
    root.remove();
  });
});
