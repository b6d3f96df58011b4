/**
 * Words that show where a speaker stands on what they talk about. A cue preceded by a negation within a few
 * words flips supports and opposes ("does not support"). Conditional and undecided cues win over the others:
 * "we back it only if…" is a conditional position.
 */
export const stanceCues = {
  supports: [
    'support', 'supports', 'supported', 'supporting', 'back', 'backs', 'backed', 'backing', 'endorse', 'endorses',
    'endorsed', 'favor', 'favors', 'favour', 'favours', 'in favor of', 'in favour of', 'welcome', 'welcomes', 'welcomed',
    'praise', 'praised', 'praises', 'push for', 'pushed for', 'pushing for', 'call for', 'called for', 'calls for',
    'calling for', 'urge', 'urged', 'urges', 'urging', 'advocate', 'advocated', 'advocates', 'champion', 'championed',
    'approve', 'approved', 'approves', 'committed to', 'commit to', 'open to', 'remains open', 'willing to', 'ready to',
    'need', 'needs', 'must', 'essential', 'crucial', 'critical', 'priority', 'focus on', 'a chance', 'vital', 'good for',
    'pursue', 'pursuing', 'determined to', 'agree', 'agreed', 'agrees', 'embrace', 'embraced',
  ],
  opposes: [
    'oppose', 'opposes', 'opposed', 'opposing', 'against', 'reject', 'rejects', 'rejected', 'rejecting', 'criticize',
    'criticized', 'criticizes', 'criticise', 'criticised', 'condemn', 'condemned', 'condemns', 'denounce', 'denounced',
    'warn against', 'warned against', 'warning against', 'refuse', 'refused', 'refuses', 'block', 'blocked', 'veto',
    'vetoed', 'derail', 'doom', 'would doom', 'harmful', 'dangerous', 'reckless', 'mistake', 'wrong', 'unjustified',
    'banned', 'ban', 'bans', 'scrap', 'scrapped', 'halt', 'halted', 'stop', 'stopped', 'cancel', 'cancelled', 'canceled',
    'prolonging', 'counterproductive', 'unacceptable', 'disaster', 'failure', 'fail', 'denied', 'deny', 'denies',
    'not productive', 'waste', 'wasting',
  ],
  conditional: [
    'only if', 'unless', 'as long as', 'provided that', 'on condition', 'on the condition', 'precondition',
    'preconditions', 'conditional on', 'depends on', 'depending on', 'if and only if', 'in exchange for', 'so long as',
  ],
  undecided: [
    'holding off', 'hold off', 'holds off', 'held off', 'undecided', 'weighing', 'weighs', 'considering', 'not yet decided',
    'has not decided', "hasn't decided", 'reconsider', 'reviewing', 'wait and see', 'question whether', 'unsure',
    'uncertain', 'whether', 'not yet', 'too early', 'wait for', 'waiting for', 'wants to see',
  ],
} as const;

/** Words that negate a cue that follows within a few words. */
export const negations = ['not', 'no', 'never', "n't", 'n’t', 'nor', 'neither', 'without', 'no longer', 'hardly', 'against'];

export type Stance = 'supports' | 'opposes' | 'conditional' | 'undecided' | 'neutral';
