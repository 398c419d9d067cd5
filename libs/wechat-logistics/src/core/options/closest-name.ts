/**
 * The name in `candidates` a misspelt `name` most likely meant, or undefined
 * when none is close: the same letters in another case (`timeoutMS` →
 * `timeoutMs`), else the one fewest edits away (a letter added, dropped,
 * changed or two swapped), allowing 1 edit for short names and 2 from five
 * letters on, so that `retry` never "means" `push`.
 */
export function closestName(
  name: string,
  candidates: readonly string[],
): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = candidates.find(
    (candidate) => candidate.toLowerCase() === lower,
  );
  if (sameLetters !== undefined) return sameLetters;
  const allowed = lower.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edits turning `a` into `b`, a swap of two neighbours counting as one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) =>
      i === 0 ? j : j === 0 ? i : 0,
    ),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(
        rows[i - 1][j] + 1,
        rows[i][j - 1] + 1,
        rows[i - 1][j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
