// Words for the API's values: counts, dates, claim values, kinds and modalities, as a reader expects them.

const numbers = new Intl.NumberFormat('en-US');

/** A number interval: "2", "3–7 (vague)", "at least 5 (vague)". */
export function count(interval) {
  if (!interval) return '';
  const { min, max, qualifier } = interval;
  let text;
  if (max === undefined || max === null) text = `at least ${numbers.format(min)}`;
  else if (min === max) text = numbers.format(min);
  else text = `${numbers.format(min)}–${numbers.format(max)}`;
  return qualifier && qualifier !== 'exact' ? `${text} (${qualifier})` : text;
}

/** A date range: "2026-03-05" or "2023-09-01 – 2023-09-30". */
export function dateRange(range) {
  if (!range) return '';
  return range.start === range.end ? range.start : `${range.start} – ${range.end}`;
}

/** A claim's value in words. */
export function claimValue(claim) {
  const v = claim.value || {};
  switch (claim.kind) {
    case 'weaponCount':
      return `${count(v.count)} ${v.weapon}${v.phase && v.phase !== 'unspecified' ? ' ' + v.phase : ''}`;
    case 'casualties':
      return `${count(v.count)} ${v.type}${v.victims ? ' (' + v.victims + ')' : ''}`;
    case 'eventDate':
      return `${dateRange(v.date)}${v.granularity ? ' (' + v.granularity + ')' : ''}`;
    case 'attribution':
      return `${v.attacker ? v.attacker.name : 'unknown'} attacked${v.target ? ' ' + v.target.name : ''}`;
    case 'stance':
      return `${v.actor ? v.actor.name : 'someone'}: ${v.stance}${v.against ? ' against ' + v.against.name : ''}`;
    case 'quantity':
      return `${count(v.count)} ${v.measure}`;
    default:
      return claim.subject || '';
  }
}

const kinds = {
  numericMismatch: 'Numbers differ',
  divergentEstimates: 'Estimates diverge',
  vagueMismatch: 'Vague vs exact',
  dateMismatch: 'Dates differ',
  attributionMismatch: 'Attacker differs',
  stanceConflict: 'Stance changed',
};

/** The conflict kinds the API knows, in its own names, with words for each. */
export const conflictKinds = Object.keys(kinds);

/** Words for a conflict kind. */
export function conflictKind(kind) {
  return kinds[kind] || kind;
}

const modalities = {
  asserted: 'asserted',
  reported: 'reported (hedged or attributed)',
  predicted: 'predicted',
  hypothetical: 'hypothetical',
  negated: 'negated',
};

/** Words for a claim's modality, the hedging a fact-checker weighs. */
export function modality(value) {
  return modalities[value] || value;
}

/** Who made the claim: the outlet itself, or someone it quotes ("Azerbaijan (per News.Az)"). */
export function claimant(claim) {
  const name = claim.claimant ? claim.claimant.name : claim.source;
  return claim.claimant && !claim.claimant.isSource ? `${name} (per ${claim.source})` : name;
}
