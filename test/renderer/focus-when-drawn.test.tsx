// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnMount } from '../../src/renderer/components/use-focus-on-mount';

/** Resolves in a task after the next frame, queued after any the focus queued before it. */
const afterNextFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));

function Heading({ takeFocus }: { takeFocus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(ref, takeFocus, 'drawn');
  return (
    <h1 ref={ref} tabIndex={-1}>
      Planen
    </h1>
  );
}

afterEach(cleanup);

describe('focus on an opened plan’s heading', () => {
  it('is put there after the frame that draws the plan, not in the task that puts it in', async () => {
    // Focus in the same task made the browser work out the styles of the whole plan there.
    const { getByRole } = render(<Heading takeFocus />);
    const heading = getByRole('heading');
    expect(document.activeElement).not.toBe(heading);
    await afterNextFrame();
    expect(document.activeElement).toBe(heading);
  });

  it('is not taken when the screen was not reached by moving', async () => {
    const { getByRole } = render(<Heading takeFocus={false} />);
    await afterNextFrame();
    expect(document.activeElement).not.toBe(getByRole('heading'));
  });
});
