import { useEffect, useRef } from 'react';

/**
 * Asks for the whole screen while the caller is mounted, and gives it back on unmount. A refusal
 * (no user gesture, a policy, a browser without the API) leaves the caller filling the window
 * instead. Leaving full screen by the browser's own means (Esc, F11) calls `onExit`, since in
 * full screen the browser keeps Esc for itself.
 */
export function useFullscreen(onExit: () => void): void {
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) exit.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof root.requestFullscreen === 'function' && document.fullscreenEnabled) {
      // A refusal is not an error here: the workshop fills the window instead.
      root.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => undefined);
      }
    };
  }, []);
}
