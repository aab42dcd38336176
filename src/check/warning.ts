import type { ClaimRecord } from '../types.js';

/** The stable ids of the checks; part of the public contract, like error codes. */
export const CHECK_RULES = [
  'share-over-100',
  'decrease-over-100',
  'ratio-over-whole',
  'rank-over-total',
  'ratio-percent-mismatch',
  'parts-exceed-total',
  'shares-exceed-100',
  'same-thing-different-value',
] as const;

export type CheckRule = (typeof CHECK_RULES)[number];

/** A warning's message in each interface language (`--ui`): the figures named the same way in both. */
export interface Message {
  en: string;
  vi: string;
}

/** Figures of one document that do not agree with each other (or with arithmetic). */
export interface CheckWarning {
  rule: CheckRule;
  /** One line naming the figures, in the language asked for (English by default). */
  message: string;
  /** The message in every language. */
  messages: Message;
  /** The claims involved, in text order. */
  records: ClaimRecord[];
  /** Where the first claim involved stands: its line and span in the normalized text. */
  line: number;
  start: number;
  end: number;
}

/** A warning about `records`, placed at the first of them in the text. */
export function warning(rule: CheckRule, messages: Message, records: readonly ClaimRecord[]): CheckWarning {
  const sorted = [...records].sort((a, b) => a.start - b.start);
  const first = sorted[0]!;
  return { rule, message: messages.en, messages, records: sorted, line: first.line, start: first.start, end: first.end };
}
