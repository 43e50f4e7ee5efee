package io.spikesdk.benchmarks.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Formats the per-second lines and the end-of-run tables. */
final class Report {
    private Report() {
    }

    /** One per-second line. */
    static String line(String label, int second, Measurement m) {
        return String.format(Locale.ROOT,
                "[%-14s] %3ds  reads %8.0f/s  writes %8.0f/s  p50 %6.0f  p90 %6.0f  p99 %7.0f  p99.9 %7.0f us"
                        + "  err %d  tmo %d  alloc %6.0f B/op  cpu %5.1f us/op%s",
                label, second, m.readsPerSecond(), m.writesPerSecond(),
                Histograms.percentileMicros(m.all(), 50), Histograms.percentileMicros(m.all(), 90),
                Histograms.percentileMicros(m.all(), 99), Histograms.percentileMicros(m.all(), 99.9),
                m.errors(), m.timeouts(), m.bytesPerOp(), m.clientCpuMicrosPerOp(), serverPart(m));
    }

    private static String serverPart(Measurement m) {
        double server = m.serverCpuPercent();
        return Double.isNaN(server) ? ""
                : String.format(Locale.ROOT, "  server %4.1f%%  jvm %4.1f%%", server, m.processCpuPercent());
    }

    /**
     * The end-of-run table: one column per client, and the spike/official ratio when both ran.
     *
     * @param names column names, parallel to {@code results}
     */
    static void table(PrintStream out, List<String> names, List<Measurement> results) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-26s", "figure"));
        for (String name : names) {
            header.append(String.format(Locale.ROOT, "%14s", name));
        }
        boolean ratio = names.size() == 2;
        if (ratio) {
            header.append(String.format(Locale.ROOT, "%16s  %s", names.get(0) + "/" + names.get(1), "better?"));
        }
        out.println(header);
        for (Figure f : Figure.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s", f.label()));
            for (Measurement m : results) {
                row.append(String.format(Locale.ROOT, "%14s", number(f.of(m))));
            }
            if (ratio) {
                double a = f.of(results.get(0));
                double b = f.of(results.get(1));
                row.append(String.format(Locale.ROOT, "%16s  %s", ratio(a, b), verdict(f, a, b)));
            }
            out.println(row);
        }
        for (int i = 0; i < names.size(); i++) {
            String error = results.get(i).firstError();
            if (error != null) {
                out.println("first error (" + names.get(i) + "): " + error);
            }
        }
    }

    /** {@code a / b} with 3 decimals, or "-" when undefined. */
    static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f", a / b);
    }

    private static String verdict(Figure f, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || a == b) {
            return a == b ? "same" : "-";
        }
        return (f.higherIsBetter() ? a > b : a < b) ? "yes" : "no";
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 || v == Math.rint(v) ? "%.0f" : "%.2f", v);
    }
}
