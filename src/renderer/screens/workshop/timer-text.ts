/** Whole seconds as a wall clock shows a countdown: »25:00«, »04:09«, »90:00«; never below zero. */
export function timerText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}
