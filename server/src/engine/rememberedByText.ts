/**
 * A pure function of a block's text, remembered across analyses. A keystroke changes one block, so the next
 * analysis of the document finds every other block's answer here instead of scanning the whole SOW again.
 * Bounded by the characters it holds (a 10,000-line SOW is about 400,000): two generations, the older
 * dropped when the newer fills.
 */
export function rememberedByText<T>(compute: (text: string) => T, maxChars = 1_000_000): (text: string) => T {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  let chars = 0;
  return (text) => {
    if (current.has(text)) return current.get(text)!;
    const value = previous.has(text) ? previous.get(text)! : compute(text);
    if (text.length > maxChars / 4) return value;
    if (chars + text.length > maxChars) {
      previous = current;
      current = new Map();
      chars = 0;
    }
    current.set(text, value);
    chars += text.length;
    return value;
  };
}
