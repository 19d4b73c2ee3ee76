import { useCallback, useEffect, useRef, useState } from 'react';
import { SECTIONS, sectionId, type SectionKey } from './sections';

/** How long after a jump the scroll it caused is ignored, so the chosen section stays marked. */
const JUMP_SETTLE_MS = 250;

/**
 * The section the reader is in: the last one whose heading has passed the upper third of the
 * window. A section chosen in the navigation stays marked even when the page cannot scroll far
 * enough to bring it to the top (the last, short sections).
 */
export function useActiveSection(): [SectionKey, (key: SectionKey) => void] {
  const [active, setActive] = useState<SectionKey>('overview');
  const jumpedAt = useRef(0);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      if (performance.now() - jumpedAt.current < JUMP_SETTLE_MS) return;
      const line = window.innerHeight / 3;
      let current: SectionKey = 'overview';
      for (const section of SECTIONS) {
        const element = document.getElementById(sectionId(section.key));
        if (element && element.getBoundingClientRect().top <= line) current = section.key;
      }
      setActive(current);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  const jumpTo = useCallback((key: SectionKey) => {
    jumpedAt.current = performance.now();
    setActive(key);
  }, []);

  return [active, jumpTo];
}
