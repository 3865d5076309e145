package dev.singletable.benchmarks;

import dev.singletable.benchmarks.Results.Score;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the goals as ratios, from a JMH JSON result file, in Markdown: what
 * docs/performance.md shows. Run by {@code benchmarks/run.sh} after the benchmarks, or by hand:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.singletable.benchmarks.Report
 * benchmarks/results.json}.
 *
 * <p>A ratio's range comes from the two scores' JMH error bars (99.9% confidence): "met" and "not
 * met" mean the whole range is on one side of the goal, "unclear" that it straddles the goal.
 */
public final class Report {

  private final Results results;
  private final StringBuilder out = new StringBuilder();

  private Report(Results results) {
    this.results = results;
  }

  /** Prints the report of the JSON file {@code args[0]} (default benchmarks/results.json). */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/results.json");
    System.out.print(new Report(Results.read(file)).render());
  }

  String render() {
    out.append("| id | comparison | ratio (range) | goal | met |\n|---|---|---|---|---|\n");
    // Throughput: higher is better, so "x times faster" is a / b.
    ratio("B1", "MappingBenchmark.generated", "MappingBenchmark.reflective", "generated / reflective throughput", 2.0, true);
    ratio("B1", "MappingBenchmark.handWritten", "MappingBenchmark.generated", "handWritten / generated throughput", 1.25, false);
    // Times: lower is better.
    ratio("B2", "ColdStartBenchmark.generated", "ColdStartBenchmark.reflective", "generated / reflective time to first item", 0.1, false);
    ratio("B2", "ColdStartBenchmark.handWritten", "ColdStartBenchmark.reflective", "handWritten / reflective time (the floor)", 0.1, false);
    ratio("B2", "ColdStartBenchmark.generated", "ColdStartBenchmark.handWritten", "generated / handWritten time to first item", 1.3, false);
    ratio("B6", "StreamColdStartBenchmark.library", "StreamColdStartBenchmark.handWritten",
        "first stream record: library / handWritten time", 1.3, false);
    ratio("B6", "StreamColdStartBenchmark.streamReader", "StreamColdStartBenchmark.handWritten",
        "first stream record without a client: streamReader / handWritten time", 1.3, false);
    ratio("B3", "KeyBenchmark.generated", "KeyBenchmark.concat", "generated / concat time per key pair", 1.5, false);
    ratio("B3", "KeyBenchmark.format", "KeyBenchmark.concat", "String.format / concat time (reference)", Double.NaN, false);
    ratio("B4", "EndToEndBenchmark.library", "EndToEndBenchmark.rawClient", "library / rawClient time", 1.05, false);
    ratio("B4", "ClientOverheadBenchmark.library", "ClientOverheadBenchmark.rawClient",
        "client side only, replayed responses: library / rawClient time", Double.NaN, false);
    clientOverheadRow();
    compileRows();
    batchLoadRows();
    out.append("\n| benchmark | mode | samples | score ± error | bytes/op | classes loaded/op |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Score s : results.all()) {
      out.append("| ").append(s.name()).append(s.params().isEmpty() ? "" : " " + s.params())
          .append(" | ").append(s.mode()).append(" | ").append(s.samples())
          .append(" | ").append(fmt(s.score())).append(" ± ").append(fmt(s.error())).append(' ').append(s.unit())
          .append(" | ").append(Double.isNaN(s.bytesPerOp()) ? "" : fmt(s.bytesPerOp()))
          .append(" | ").append(Double.isNaN(s.classesPerOp()) ? "" : fmt(s.classesPerOp()))
          .append(" |\n");
    }
    return out.toString();
  }

  private void ratio(String id, String a, String b, String what, double goal, boolean atLeast) {
    ratio(id, results.get(a), results.get(b), what, goal, atLeast);
  }

  private void ratio(String id, Optional<Score> sa, Optional<Score> sb, String what, double goal, boolean atLeast) {
    if (sa.isEmpty() || sb.isEmpty()) {
      return;
    }
    double value = sa.get().score() / sb.get().score();
    double low = sa.get().low() / sb.get().high();
    double high = sb.get().low() <= 0 ? Double.POSITIVE_INFINITY : sa.get().high() / sb.get().low();
    String bytes = costNote(sa.get(), sb.get());
    out.append("| ").append(id).append(" | ").append(what).append(bytes)
        .append(" | ").append(fmt(value)).append("x (").append(fmt(low)).append("–").append(fmt(high)).append(")")
        .append(" | ").append(Double.isNaN(goal) ? "" : (atLeast ? "≥ " : "≤ ") + fmt(goal) + "x")
        .append(" | ").append(Double.isNaN(goal) ? "" : verdict(low, high, goal, atLeast)).append(" |\n");
  }

  private static String verdict(double low, double high, double goal, boolean atLeast) {
    boolean allMet = atLeast ? low >= goal : high <= goal;
    boolean noneMet = atLeast ? high < goal : low > goal;
    return allMet ? "met" : noneMet ? "not met" : "unclear";
  }

  private static String costNote(Score a, Score b) {
    if (!Double.isNaN(a.classesPerOp()) && !Double.isNaN(b.classesPerOp())) {
      return " (" + fmt(a.classesPerOp()) + " vs " + fmt(b.classesPerOp()) + " classes loaded)";
    }
    if (Double.isNaN(a.bytesPerOp()) || Double.isNaN(b.bytesPerOp()) || a.mode().equals("ss")) {
      return "";
    }
    return " (" + fmt(a.bytesPerOp()) + " vs " + fmt(b.bytesPerOp()) + " bytes/op)";
  }

  /**
   * The library's extra client-side time per item (ClientOverheadBenchmark) as a share of the
   * end-to-end time per item against DynamoDB Local (EndToEndBenchmark.rawClient): the overhead
   * the B4 goal is about, without DynamoDB Local's noise on both sides of the subtraction.
   */
  private void clientOverheadRow() {
    Optional<Score> library = results.get("ClientOverheadBenchmark.library");
    Optional<Score> raw = results.get("ClientOverheadBenchmark.rawClient");
    Optional<Score> endToEnd = results.get("EndToEndBenchmark.rawClient");
    if (library.isEmpty() || raw.isEmpty() || endToEnd.isEmpty()) {
      return;
    }
    double items = Double.parseDouble(library.get().params().getOrDefault("items", "1000"));
    double endToEndItems = Double.parseDouble(endToEnd.get().params().getOrDefault("items", "10000"));
    double perItem = (library.get().score() - raw.get().score()) / items;
    double perItemLow = (library.get().low() - raw.get().high()) / items;
    double perItemHigh = (library.get().high() - raw.get().low()) / items;
    double endToEndPerItem = endToEnd.get().score() / endToEndItems;
    double share = perItem / endToEndPerItem;
    double low = perItemLow / (endToEnd.get().high() / endToEndItems);
    double high = endToEnd.get().low() <= 0 ? Double.POSITIVE_INFINITY
        : perItemHigh / (endToEnd.get().low() / endToEndItems);
    out.append("| B4 | library's client-side time per item (").append(fmt(perItem * 1000)).append(" µs)")
        .append(" / end-to-end time per item (").append(fmt(endToEndPerItem * 1000)).append(" µs)")
        .append(" | ").append(fmt(share * 100)).append("% (").append(fmt(low * 100)).append("–")
        .append(fmt(high * 100)).append("%) | ≤ 5% | ").append(verdict(low, high, 0.05, false))
        .append(" |\n");
  }

  private void compileRows() {
    Optional<Score> with = results.get("CompileBenchmark.withProcessor");
    Optional<Score> without = results.get("CompileBenchmark.withoutProcessor");
    Optional<Score> only = results.get("CompileBenchmark.processorOnly");
    if (with.isEmpty() || without.isEmpty()) {
      return;
    }
    int entities = Integer.parseInt(with.get().params().getOrDefault("entities", "200"));
    double added = with.get().score() - without.get().score();
    out.append("| B5 | compiling ").append(entities).append(" entities: with / without processor | ")
        .append(fmt(with.get().score() / without.get().score())).append("x | reported | |\n");
    out.append("| B5 | processor and compiling its output, per entity | ")
        .append(fmt(added / entities)).append(' ').append(with.get().unit().replace("/op", ""))
        .append(" | reported | |\n");
    only.ifPresent(o -> out.append("| B5 | processor alone (-proc:only minus -proc:none), per entity | ")
        .append(fmt((o.score() - without.get().score()) / entities)).append(' ')
        .append(o.unit().replace("/op", "")).append(" | reported | |\n"));
  }

  /**
   * B7: how many times the sequential loop's time a batchPut takes, that is the library's
   * throughput over the sequential loop's, as DynamoDB Local is and with a simulated round trip.
   */
  private void batchLoadRows() {
    for (String roundTrip : new String[] {"0", "10"}) {
      Optional<Score> library = results.get("BatchLoadBenchmark.library", "roundTripMs", roundTrip);
      Optional<Score> sequential = results.get("BatchLoadBenchmark.sequential", "roundTripMs", roundTrip);
      String items = library.map(s -> s.params().getOrDefault("items", "?")).orElse("?");
      ratio("B7", sequential, library, "batchPut / seed 001's sequential loop throughput, " + items + " items, "
          + (roundTrip.equals("0") ? "DynamoDB Local as it is" : roundTrip + " ms round trip"),
          roundTrip.equals("0") ? Double.NaN : 4.0, true);
    }
  }

  private static String fmt(double d) {
    if (Double.isNaN(d)) {
      return "n/a";
    }
    if (Double.isInfinite(d)) {
      return "∞";
    }
    double abs = Math.abs(d);
    return String.format(Locale.ROOT, abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f", d);
  }
}
