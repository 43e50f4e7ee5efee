package io.spikesdk.it.diff;


/**
 * Truncate info commands: a set (one of a few, reset by {@code truncate-undo} first) or namespace {@code bar}, cut
 * now, between two groups of writes, or refused (lut 0, not a number, in the future, too long); also an undo right
 * after, and a set never written. Compared: the answer, which records survive, and the {@code truncate_lut} shown.
 */
final class TruncateCases implements CaseGenerator {
    @Override
    public String category() {
        return "truncate";
    }

    @Override
    public Case generate(Gen g) {
        String scope = g.pick(TruncateCall.SCOPES);
        String cut = g.pick(TruncateCall.CUTS);
        int before = g.nextInt(4);
        int after = g.nextInt(4);
        return new Case(category() + ":" + scope + ":" + cut, Setup.NONE,
                new TruncateCall(scope, cut, "diff_trunc" + g.nextInt(3), before, after, g.chance(20)));
    }

}
