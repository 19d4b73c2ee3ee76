// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualListbox } from '../../../src/renderer/screens/planner/activities/VirtualListbox';

const ROW = 64;

/** The list with `active` chosen, and each position its box was told to scroll to. */
function list() {
  const scrolls: number[] = [];
  const props = (active: number) => ({
    id: 'box',
    label: 'Indsatser',
    count: 1000,
    rowHeight: ROW,
    activeIndex: active,
    onActiveChange: () => {},
    optionId: (i: number) => `row-${i}`,
    renderOption: (i: number) => `Indsats ${i + 1}`,
  });
  const view = render(<VirtualListbox {...props(-1)} />);
  const box = view.container.querySelector<HTMLElement>('#box')!;
  let top = 0;
  // jsdom lays nothing out; the virtualizer keeps a scroll within the box's height.
  Object.defineProperty(box, 'scrollHeight', { get: () => 1000 * ROW });
  Object.defineProperty(box, 'scrollTop', {
    get: () => top,
    set: (value: number) => {
      top = value;
      scrolls.push(value);
    },
  });
  return {
    scrolls,
    choose: (active: number) => view.rerender(<VirtualListbox {...props(active)} />),
  };
}

afterEach(cleanup);

describe('the virtual list scrolling to the chosen row', () => {
  it('leaves the box alone while the chosen row is in view, even at its edge', () => {
    // Scrolling makes the browser lay out the new rows at once, each arrow key.
    const { scrolls, choose } = list();
    choose(0);
    choose(1);
    choose(Math.floor(480 / ROW) - 1);
    expect(scrolls).toEqual([]);
  });

  it('scrolls to a row out of view, and counts from where it was told to scroll', () => {
    const { scrolls, choose } = list();
    choose(500);
    expect(scrolls.at(-1)).toBe(501 * ROW - 480);
    // The browser has not told of the scroll yet: the box stands where it was told to.
    const told = scrolls.length;
    choose(499);
    expect(scrolls).toHaveLength(told);
    choose(0);
    expect(scrolls.at(-1)).toBe(0);
  });
});
