import type { SourceText } from '../source';
import type { Range } from '../types';
import { parseDuration, RESPONSE_TIME_LABEL, saysOutOfHours, saysUnmeasuredTime } from '../vocabulary/duration';
import { describesOutage, labelIn, namesPriority } from '../vocabulary/priority';
import { resolveParty } from '../vocabulary/parties';
import { splitSentences } from '../vocabulary/words';
import { serviceLevelsInText } from './serviceStatements';
import type { Cell, Duration, Party, ServiceLevelTable } from './types';

const RESPONDS = /\b(?:respond(?:s|ed)?|response|acknowledg\w*|repl(?:y|ies)|notify receipt|call(?:s|ed)? back|get back to)\b/i;
const REQUESTS = /\b(?:tickets?|requests?|issues?|calls?|incidents?|cases?|e-?mails?|queries|enquiries|inquiries)\b/i;
const SERVICE_REQUESTS =
  /\b(?:service|change|standard|new user|access) requests?\b|\brequests? for (?:service|change|information|access)\b/i;
/** "Initial Response: within 30 minutes": a response time written as a label and its value, to whatever the service answers. */
const RESPONSE_LABEL = new RegExp(`^\\W*${RESPONSE_TIME_LABEL}\\W*:`, 'im');
/** "Our standard response time is 4 business hours": the response time as a sentence's subject, to whatever the service answers. */
const RESPONSE_TIME_IS =
  /\b(?:our|the|your)\s+(?:(?:standard|normal|guaranteed|committed|target|maximum|support)\s+)?response times?\s+(?:is|are|will be|shall be)\b/i;
const MAX_PASSAGES = 2000;
/** A line break before a label and its colon: where a line of a label/value block starts. */
const LABEL_LINE = /\n(?=[^\S\n]*[*_]*\p{L}[\p{L}\p{N} ()/&-]{0,40}[*_]*:)/u;
const MAX_CHARS = 400;
// Sentences weighed as promises before Demarc stops looking: real SOWs state theirs well within this.
const MAX_CANDIDATES = 50;

/** Each sentence of the passages, with the line it starts on; bounded, as a hostile document may be huge. */
function* sentencesOf(
  passages: readonly { text: string; range: Range }[],
): Generator<{ sentence: string; line: number; passage: { text: string; range: Range } }> {
  for (const passage of passages.slice(0, MAX_PASSAGES)) {
    let offset = 0;
    // Lines counted as the sentences go, not from the passage's start each time.
    let line = passage.range.start.line;
    // Lines of terms and their values ("Support hours: 8am-6pm" over "Response time: 4 hours") are each a sentence.
    for (const sentence of splitSentences(passage.text.slice(0, MAX_CHARS * 10)).flatMap((s) => s.split(LABEL_LINE))) {
      const at = passage.text.indexOf(sentence, offset);
      line += passage.text.slice(offset, at).split('\n').length - 1;
      yield { sentence, line, passage };
      line += sentence.split('\n').length - 1;
      offset = at + sentence.length;
    }
  }
}

/** The label of a response promised to every request rather than to a tier. */
export const EVERY_REQUEST_LABEL = 'every request';

/**
 * One response time promised in a sentence to every request ("Ops team to notify receipt of ticket to
 * requestor within 2 hrs", "We respond to all support requests within 4 business hours"). With no
 * service-level table, it is the SOW's response time for every priority, P1 included, so the SOW is held
 * to it rather than told it promises nothing. A sentence that names a priority, or whose subject is the
 * client (the client's own duty to answer), is not one; and a SOW that gives a priority a time of its own
 * in a sentence is not read this way at all.
 */
export function readPromisedResponse(
  passages: readonly { text: string; range: Range }[],
  source: SourceText,
  parties: readonly Party[],
): ServiceLevelTable | undefined {
  let candidates = 0;
  let promised: ServiceLevelTable | undefined;
  for (const { sentence, line, passage } of sentencesOf(passages)) {
    const verb = RESPONDS.exec(sentence);
    // Service requests and changes are not incidents: a time for them is not the P1's.
    const toRequests =
      verb !== null &&
      (REQUESTS.test(sentence) || RESPONSE_LABEL.test(sentence) || RESPONSE_TIME_IS.test(sentence)) &&
      !SERVICE_REQUESTS.test(sentence);
    // A response to a full outage ("problems which affect the whole system will be responded to within 24 hours").
    const toOutage = verb !== null && describesOutage(sentence);
    if (!toRequests && !toOutage && !namesPriority(sentence)) continue;
    if (++candidates > MAX_CANDIDATES) return undefined;
    // The promise ends with its time: what follows may be another sentence that lost its full stop.
    const promise = upToDuration(sentence.slice(0, MAX_CHARS));
    if (!promise) continue;
    // A priority given a time of its own ("critical tickets within 30 minutes"): the time for every request is not the P1's.
    if (namesPriority(promise.text)) return undefined;
    if (!verb || !(toRequests || toOutage) || byClient(promise.text.slice(0, verb.index), parties)) continue;
    const row = source.lineRange(Math.min(line, passage.range.end.line));
    const cell: Cell = { text: promise.text.replace(/\s+/g, ' ').trim(), range: row, form: 'list' };
    const stated = (label: string) =>
      serviceLevelsInText(
        [{ row, priorityCell: { ...cell, text: label }, priority: 1, responseCell: cell, response: promise.response }],
        source,
      );
    // The most urgent case's own time outranks the time for every request, wherever each is said.
    if (toOutage) return stated(FULL_OUTAGE_LABEL);
    promised ??= stated(EVERY_REQUEST_LABEL);
  }
  return promised;
}

/** The label of a response promised to a full outage, the top tier by what it says. */
const FULL_OUTAGE_LABEL = 'a full outage';

/**
 * A response promised with no measure, to every request or to the top tier: "First Response: Best effort",
 * "All urgent matters will be responded immediately". With no service-level table and no time promised, it is
 * the SOW's P1 response, and not measurable: the SOW promises one, so "no service level" would be false. A
 * promise only for the hours outside the working day ("best effort after hours"), to a lower tier or to
 * service requests, or the client's own duty, is not one.
 */
export function readUnmeasuredPromise(
  passages: readonly { text: string; range: Range }[],
  source: SourceText,
  parties: readonly Party[],
): ServiceLevelTable | undefined {
  let candidates = 0;
  for (const { sentence, line, passage } of sentencesOf(passages)) {
    const verb = RESPONDS.exec(sentence);
    if (!verb || !saysUnmeasuredTime(sentence) || saysOutOfHours(sentence) || SERVICE_REQUESTS.test(sentence)) continue;
    const label = namesPriority(sentence) ? labelIn(sentence) : undefined;
    const labelled = RESPONSE_LABEL.test(sentence);
    if (label ? label.reading.tier !== 1 : !(labelled || REQUESTS.test(sentence))) continue;
    if (++candidates > MAX_CANDIDATES) return undefined;
    // A duty in the imperative ("Respond promptly to incidents", in a role's list of duties) promises no time.
    const imperative = /^\W*$/.test(sentence.slice(0, verb.index)) && !labelled && !/^response/i.test(verb[0]);
    if (imperative || parseDuration(sentence) || byClient(sentence.slice(0, verb.index), parties)) continue;
    const row = source.lineRange(Math.min(line, passage.range.end.line));
    const cell: Cell = { text: sentence.slice(0, MAX_CHARS).replace(/\s+/g, ' ').trim(), range: row, form: 'list' };
    return serviceLevelsInText(
      [{ row, priorityCell: { ...cell, text: label?.label ?? EVERY_REQUEST_LABEL }, priority: 1, responseCell: cell }],
      source,
    );
  }
  return undefined;
}

/** The shortest start of a sentence that states a time, and the time: a binary search over its word ends. */
function upToDuration(sentence: string): { text: string; response: Duration } | undefined {
  const ends = [...sentence.matchAll(/\S(?=\s|$)/g)].map((m) => m.index + 1);
  let low = 0;
  let high = ends.length - 1;
  if (high < 0 || !parseDuration(sentence)) return undefined;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (parseDuration(sentence.slice(0, ends[mid]))) high = mid;
    else low = mid + 1;
  }
  const text = sentence.slice(0, ends[low]);
  const response = parseDuration(text);
  return response ? { text, response } : undefined;
}

/**
 * Whether the words before the verb, in its own clause, name the client: "The Client shall respond to requests
 * within 5 days". A client named in an earlier clause ("Unless stated otherwise on a customer contract, the
 * support response time is 30 minutes") is not the one responding.
 */
function byClient(before: string, parties: readonly Party[]): boolean {
  const subject = before.slice(before.search(/[^,;:]*$/));
  const words = subject.split(/[^\p{L}\p{N}&'-]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 3 && i + n <= words.length; n++)
      if (resolveParty(words.slice(i, i + n).join(' '), parties)?.role === 'client') return true;
  return false;
}

/** "Within SLA business hours", "during normal working hours", "business hours only": responses bounded by the working day. */
const IN_BUSINESS_HOURS =
  /\b(?:within|during|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:business|working|office)\s+hours\b|\b(?:business|working|office) hours only\b/i;
const EVERY_REQUEST = /\b(?:all|every|any)\s+(?:[\w-]+\s+)?(?:tickets?|requests?|incidents?|calls?|issues?|cases?)\b/i;

/**
 * A sentence that answers every request, or the top tier, only in business hours and gives no time: "All
 * tickets will be responded to within SLA Business Hours", "All urgent matters during office hours will be
 * responded immediately". A sentence that names a lower tier, a time or the client's own duty is not one; a
 * service request's is not an incident's.
 */
export function readResponseHoursOnly(
  passages: readonly { text: string; range: Range }[],
  source: SourceText,
  parties: readonly Party[],
): { text: string; range: Range } | undefined {
  for (const { sentence, line, passage } of sentencesOf(passages)) {
    const verb = RESPONDS.exec(sentence);
    if (!verb || !IN_BUSINESS_HOURS.test(sentence) || SERVICE_REQUESTS.test(sentence)) continue;
    // To every request, or to the top tier by name ("All urgent matters during office hours will be responded immediately").
    const label = namesPriority(sentence) ? labelIn(sentence) : undefined;
    if (label ? label.reading.tier !== 1 : !EVERY_REQUEST.test(sentence)) continue;
    if (parseDuration(sentence) || byClient(sentence.slice(0, verb.index), parties)) continue;
    return { text: sentence.replace(/\s+/g, ' ').trim(), range: source.lineRange(Math.min(line, passage.range.end.line)) };
  }
  return undefined;
}
