/**
 * A short, soft tone for the end of a step's time: a low sine that swells and fades in under a
 * second, at a tenth of full volume. Silently nothing where the browser has no Web Audio.
 */
export function playChime(): void {
  const Context = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    const start = audio.currentTime;
    tone.type = 'sine';
    tone.frequency.value = 523;
    volume.gain.setValueAtTime(0, start);
    volume.gain.linearRampToValueAtTime(0.1, start + 0.08);
    volume.gain.exponentialRampToValueAtTime(0.001, start + 0.9);
    tone.connect(volume).connect(audio.destination);
    tone.start(start);
    tone.stop(start + 0.9);
    tone.onended = () => void audio.close();
  } catch {
    // A tone that cannot play is no loss: the screen has given the signal.
  }
}
