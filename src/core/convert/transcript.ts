/**
 * Tells interview transcripts and speeches from releases: a transcript is mostly turns of
 * "SPEAKER: words", often under a TRANSCRIPT or E&OE heading; a speech says SPEECH or
 * CHECK AGAINST DELIVERY near the top. Those are reported, not forced into a release.
 */
import { plural } from '../text/plural';

export type NotARelease = { readonly kind: 'transcript' | 'speech'; readonly reason: string };

const TRANSCRIPT_HEADING = /^\W*(?:E\s*&\s*OE\W*|EO\s*&\s*E\W*)?(?:TRANSCRIPT|DOORSTOP|PRESS CONFERENCE|(?:TELEVISION|RADIO|TV|DOORSTOP)\s+INTERVIEW|INTERVIEW WITH)\b/i;
/** "E&OE", "EO&E…", "Doorstop Transcript", "Transcript": a heading that is a transcript's mark whatever follows. */
const TRANSCRIPT_MARK = /^\W*(?:E\s*&\s*OE|EO\s*&\s*E)\b|^\W*(?:E\s*&\s*OE\W*)?(?:\w+\s+){0,2}TRANSCRIPT\b/i;
const EOE = /^\W*(?:E\s*&\s*OE|EO\s*&\s*E)\b/i;
const SPEECH_HEADING = /^\W*(?:SPEECH|ADDRESS (?:TO|AT)|KEYNOTE ADDRESS|REMARKS (?:TO|AT|BY|ON)|ORATION|(?:\w+\s+)?LECTURE)\b/i;
const CHECK_AGAINST_DELIVERY = /\b(?:CHECK AGAINST DELIVERY|CHECK ON DELIVERY|AS PREPARED FOR DELIVERY)\b/i;

/** "JOURNALIST: ...", "PRIME MINISTER: ...", "Q: ...", "KARL STEFANOVIC:  ...", "Sam Host: ..." */
const TURN = /^\s*([A-Z][A-Z.'’ -]{0,40}?|[A-Z][a-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3}|Q|A|Question|Journalist|Reporter|Host|Interviewer)\s*:(?:\s+\S|\s*$)/;
// Labels that look like turns but belong to releases.
const NOT_A_SPEAKER =
  /\b(?:MEDIA|CONTACTS?|ENQUIR|INQUIR|EMBARGO|SUBJECTS?|TOPICS?|NOTE|NOTES|ENDS?|WEB|EMAIL|PHONE|TEL|MOBILE|URL|RELEASE|DATE|TIME|WHEN|WHERE|WHAT|FACT|FACTS|BACKGROUND|ATTACHMENTS?|AUTHORISED|PS|UPDATE|KEY|POINTS?|QUOTES?|ABOUT|SOURCE|WEBSITE|OFFICE|DETAILS)\b/i;
const TOP_LINES = 15;

export function detectNotARelease(lines: readonly string[]): NotARelease | undefined {
  const nonBlank = lines.filter((line) => line.trim() !== '');
  const top = nonBlank.slice(0, TOP_LINES);
  const speakers = new Map<string, number>();
  let turns = 0;
  for (const line of nonBlank) {
    const match = TURN.exec(line);
    if (!match || NOT_A_SPEAKER.test(match[1])) continue;
    const speaker = match[1].trim().toUpperCase();
    turns += 1;
    speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
  }
  const releaseMarked = top.some((line) => /\b(?:MEDIA|PRESS) (?:RELEASE|STATEMENT)\b/i.test(line));
  // A short heading that marks a transcript ("TRANSCRIPT", "E&OE", "Doorstop Transcript") is enough.
  const mark = top.find((line) => TRANSCRIPT_MARK.test(line) && line.trim().length <= 200);
  const heading = top.find((line) => TRANSCRIPT_HEADING.test(line) || EOE.test(line) || /^\W*(?:doorstop\s+)?interview\b/i.test(line));
  const interviewer = [...speakers.keys()].some((name) => /^(?:Q|QUESTION|JOURNALIST|REPORTER|HOST|INTERVIEWER)$/.test(name));
  const describeTurns = `${plural(turns, 'speaker turn')} by ${plural(speakers.size, 'speaker')}`;
  if (mark && !releaseMarked) {
    return { kind: 'transcript', reason: `looks like a transcript, not a release: "${mark.trim()}" heading${turns > 0 ? ` and ${describeTurns}` : ''}` };
  }
  if (heading && turns >= 2 && !(releaseMarked && turns < 4)) {
    return { kind: 'transcript', reason: `looks like a transcript, not a release: "${heading.trim()}" heading and ${describeTurns}` };
  }
  if (turns >= 6 && speakers.size >= 2 && (interviewer || turns >= nonBlank.length / 4)) {
    return { kind: 'transcript', reason: `looks like a transcript, not a release: ${describeTurns}` };
  }
  const delivery = top.find((line) => CHECK_AGAINST_DELIVERY.test(line));
  if (delivery) return { kind: 'speech', reason: `looks like a speech, not a release: "${delivery.trim()}"` };
  const speech = top.find((line) => SPEECH_HEADING.test(line) && line.trim().length <= 120);
  if (speech && !releaseMarked) {
    return { kind: 'speech', reason: `looks like a speech, not a release: "${speech.trim()}" heading` };
  }
  return undefined;
}
