/** Every picture in the body has alt text (WCAG 2.2 success criterion 1.1.1, Non-text Content). */
import type { Rule } from '../types';
import { bodyLinksOf } from './bodyLinks';
import { finding } from '../finding';

const PLACEHOLDER = 'Describe the picture';
const MESSAGE = 'This picture has no alt text, so people using a screen reader do not know what it shows; describe it between the brackets: ![A description](…).';

export const imageAltText: Rule = {
  id: 'image-alt-text',
  severity: 'warning',
  description: 'Every picture in the body has alt text that says what it shows.',
  defaults: {},
  scope: 'release',
  check(context) {
    return bodyLinksOf(context)
      .filter((link) => link.kind === 'image' && link.text.trim() === '')
      .map((image) =>
        finding(MESSAGE, image.whole.start, image.whole.end, undefined, [
          {
            title: 'Add alt text to describe the picture',
            edits: [{ startOffset: image.textSpan.start, endOffset: image.textSpan.end, newText: PLACEHOLDER }],
            inFixAll: false,
            select: { startOffset: image.textSpan.start, endOffset: image.textSpan.start + PLACEHOLDER.length },
          },
        ]),
      );
  },
};
