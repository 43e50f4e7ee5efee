package io.spikesdk.testkit;

/**
 * A fixture that cannot be loaded: its message names the file, the line and record, and the problem, e.g.
 * {@code orders.json line 14 (record 2): bin "total": unknown value tag "flaot"}. Nothing of a fixture is loaded
 * when it has a problem.
 */
public final class FixtureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int record;

    /**
     * @param source the file or resource name
     * @param line the 1-based line, or 0 when unknown
     * @param record the 1-based record number, or 0 when the problem is outside a record
     * @param problem what is wrong
     */
    public FixtureException(String source, int line, int record, String problem) {
        super(source + (line > 0 ? " line " + line : "") + (record > 0 ? " (record " + record + ")" : "") + ": "
                + problem);
        this.source = source;
        this.line = line;
        this.record = record;
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based number of the record with the problem, or 0 when it is outside any record. */
    public int record() {
        return record;
    }
}
