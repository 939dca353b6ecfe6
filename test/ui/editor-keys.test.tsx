import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import {
  deleteForward,
  deleteWordBefore,
  fromText,
  lineEnd,
  lineStart,
  wordLeft,
  wordRight,
} from '../../src/core/text-buffer.js';
import { NumericInput } from '../../src/ui/components/question/numeric-input.js';
import { TextEditor } from '../../src/ui/components/text-editor.js';
import { keys } from '../helpers/render.js';

// ink-testing-library hands each write to Ink at once; one key per write, as a terminal does.
const settle = () => new Promise((r) => setTimeout(r, 20));
async function press(stdin: { write: (s: string) => void }, ...sequence: string[]) {
  for (const k of sequence) {
    stdin.write(k);
    await settle();
  }
}
const k = {
  home: '\x1b[H',
  end: '\x1b[F',
  ctrlA: '\x01',
  ctrlE: '\x05',
  ctrlW: '\x17',
  del: '\x1b[3~',
  altLeft: '\x1b[1;3D',
  altRight: '\x1b[1;3C',
  escB: '\x1bb',
};

describe('text buffer: words, ends, forward delete', () => {
  it('moves by word and to the ends of the line', () => {
    const b = fromText('use a queue, then retry');
    expect(wordLeft(b).col).toBe('use a queue, then '.length);
    expect(wordLeft(wordLeft(b)).col).toBe('use a queue, '.length);
    expect(wordRight(lineStart(b)).col).toBe('use'.length);
    expect(lineEnd(lineStart(b)).col).toBe(b.col);
  });

  it('Ctrl+W deletes the word before; Delete the character under the cursor', () => {
    expect(deleteWordBefore(fromText('queue first  ')).lines).toEqual(['queue ']);
    const at = { ...fromText('ab\ncd'), row: 0, col: 1 };
    expect(deleteForward(at).lines).toEqual(['a', 'cd']);
    // At a line's end Delete joins the next line.
    expect(deleteForward(deleteForward(at)).lines).toEqual(['acd']);
  });
});

describe('the editor at the keyboard', () => {
  it('Home/End, Ctrl+A/E, Alt+←/→, Ctrl+W and Delete edit where the cursor is', async () => {
    let text = '';
    const app = render(
      <TextEditor
        isActive
        width={40}
        height={4}
        onChange={(t) => (text = t)}
        onSubmit={() => {}}
      />,
    );
    await settle();
    await press(app.stdin, 'one two three');
    await press(app.stdin, k.home, 'X');
    expect(text).toBe('Xone two three');
    await press(app.stdin, k.end, 'Y', k.ctrlA, k.del);
    expect(text).toBe('one two threeY');
    await press(app.stdin, k.ctrlE, k.altLeft, k.altLeft, k.ctrlW);
    expect(text).toBe('two threeY');
    await press(app.stdin, k.altRight, k.del, k.escB, keys.backspace);
    expect(text).toBe('twothreeY');
    app.unmount();
  });
});

describe('the numeric input at the keyboard', () => {
  it('←/→ move the cursor; typing and Delete act there', async () => {
    const submitted: string[] = [];
    const app = render(
      <NumericInput unit="ms" isActive onSubmit={(_v, typed) => submitted.push(typed)} />,
    );
    await settle();
    await press(app.stdin, '15', keys.left, '2', k.end, '0', k.home, k.del, keys.enter);
    expect(submitted).toEqual(['250']);
    app.unmount();
  });
});
