// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusHeadingWhenDrawn } from '../../src/renderer/components/focus-heading';

/** Resolves in a task after the next frame, queued after any the focus queued before it. */
const afterNextFrame = () =>
  new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

function heading(id: string): HTMLElement {
  const element = document.createElement('h2');
  element.id = id;
  element.tabIndex = -1;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('focus on a new screen’s heading', () => {
  it('is put there after the frame that draws the screen, not in the task that puts it in', async () => {
    // Focus in the same task made the browser work out the styles of the whole new screen
    // there and then: at 20,000 activities, most of a long task.
    const target = heading('screen-heading');
    focusHeadingWhenDrawn('screen-heading');
    expect(document.activeElement).not.toBe(target);
    await afterNextFrame();
    expect(document.activeElement).toBe(target);
  });

  it('finds the heading by its id once the screen is drawn', async () => {
    focusHeadingWhenDrawn('drawn-later');
    // The screen's heading is put in after the call, before the frame.
    const target = heading('drawn-later');
    await afterNextFrame();
    expect(document.activeElement).toBe(target);
  });

  it('stays where the user put it while the screen was being drawn', async () => {
    heading('screen-heading');
    const field = document.createElement('input');
    document.body.append(field);
    focusHeadingWhenDrawn('screen-heading');
    field.focus();
    await afterNextFrame();
    expect(document.activeElement).toBe(field);
  });
});
