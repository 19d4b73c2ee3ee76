/**
 * `compute`, remembered for the arguments it last had with the same first argument. A plan's
 * lists stay the same objects while nothing in them changes (the store applies an edit's patch
 * that way), so a screen that draws again after an edit elsewhere, or is opened again, gets the
 * figures it had without computing them again from thousands of activities; an edit to one of
 * its lists makes new ones. Arguments compare by identity, so pass the lists, not the document.
 */
export function memoOnLists<Args extends [object, ...unknown[]], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  const last = new WeakMap<object, { args: Args; result: Result }>();
  return (...args: Args): Result => {
    const known = last.get(args[0]);
    if (known && args.every((arg, i) => Object.is(arg, known.args[i]))) return known.result;
    const result = compute(...args);
    last.set(args[0], { args, result });
    return result;
  };
}
