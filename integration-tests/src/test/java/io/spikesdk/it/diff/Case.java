package io.spikesdk.it.diff;

import java.util.ArrayList;
import java.util.List;

/** One differential case: a category, the record to start from, and the call to make. */
record Case(String category, Setup setup, Command command) {
    /** Smaller variants: simpler call first (fewer ops, default policy knobs), then a smaller record, then smaller arguments. */
    List<Case> shrinks() {
        List<Case> out = new ArrayList<>();
        List<Command> commands = command.shrinks();
        int structural = Math.min(commands.size(), command.parts() > 1 ? command.parts() : 0);
        for (int i = 0; i < structural; i++) {
            out.add(new Case(category, setup, commands.get(i)));
        }
        for (Setup smaller : setup.shrinks()) {
            out.add(new Case(category, smaller, command));
        }
        for (int i = structural; i < commands.size(); i++) {
            out.add(new Case(category, setup, commands.get(i)));
        }
        return out;
    }

    Case part(int i) {
        return new Case(category, setup, command.part(i));
    }

    boolean knownCrash() {
        return command.knownCrash() || CrashGuard.persistedIndexSortDrop(setup, command);
    }

    @Override
    public String toString() {
        return "[" + category + "] " + setup + " ; " + command;
    }
}
