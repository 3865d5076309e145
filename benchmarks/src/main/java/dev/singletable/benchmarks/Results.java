package dev.singletable.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The scores of a JMH JSON result file ({@code -rf json}), by short benchmark name such as
 * {@code MappingBenchmark.generated}. Read by {@link Report}.
 */
final class Results {

  /**
   * One benchmark's primary score, its error (99.9% half-width, NaN if unknown), the bytes it
   * allocated ({@code -prof gc}) and classes it loaded ({@code -prof cl}) per operation (NaN
   * without the profiler).
   */
  record Score(String name, String mode, double score, double error, String unit, int samples,
      double bytesPerOp, double classesPerOp, Map<String, String> params) {

    /** Returns the lowest score the error bar allows. */
    double low() {
      return Double.isNaN(error) ? score : score - error;
    }

    /** Returns the highest score the error bar allows. */
    double high() {
      return Double.isNaN(error) ? score : score + error;
    }
  }

  private final Map<String, Score> scores;

  private Results(Map<String, Score> scores) {
    this.scores = scores;
  }

  /** Reads a JMH JSON result file. */
  static Results read(Path file) throws IOException {
    Map<String, Score> scores = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (JsonNode run : JsonNode.parser().parse(in).asArray()) {
        Map<String, JsonNode> fields = run.asObject();
        String benchmark = fields.get("benchmark").asString();
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        Map<String, JsonNode> primary = fields.get("primaryMetric").asObject();
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode paramsNode = fields.get("params");
        if (paramsNode != null && paramsNode.isObject()) {
          paramsNode.asObject().forEach((k, v) -> params.put(k, v.asString()));
        }
        scores.put(params.isEmpty() ? name : name + " " + params, new Score(name, fields.get("mode").asString(),
            number(primary.get("score")), number(primary.get("scoreError")),
            primary.get("scoreUnit").asString(), samples(primary),
            secondary(fields, "gc.alloc.rate.norm"), secondary(fields, "class.load.norm"), params));
      }
    }
    return new Results(scores);
  }

  /** Returns a benchmark's score, if the file has it (the first one, when it ran with several parameters). */
  Optional<Score> get(String name) {
    Score exact = scores.get(name);
    return exact != null ? Optional.of(exact) : scores.values().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Returns a benchmark's score with one parameter's value, such as {@code roundTripMs = 10}, if the file has it. */
  Optional<Score> get(String name, String parameter, String value) {
    return scores.values().stream()
        .filter(s -> s.name().equals(name) && value.equals(s.params().get(parameter)))
        .findFirst();
  }

  /** Returns every score, in file order. */
  Iterable<Score> all() {
    return scores.values();
  }

  private static double secondary(Map<String, JsonNode> fields, String metric) {
    JsonNode secondary = fields.get("secondaryMetrics");
    if (secondary == null || !secondary.isObject()) {
      return Double.NaN;
    }
    JsonNode norm = secondary.asObject().get(metric);
    return norm == null ? Double.NaN : number(norm.asObject().get("score"));
  }

  private static int samples(Map<String, JsonNode> primary) {
    JsonNode raw = primary.get("rawData");
    int n = 0;
    if (raw != null && raw.isArray()) {
      for (JsonNode fork : raw.asArray()) {
        n += fork.asArray().size();
      }
    }
    return n;
  }

  // JMH writes NaN as the string "NaN", numbers as JSON numbers.
  private static double number(JsonNode node) {
    if (node == null || node.isNull()) {
      return Double.NaN;
    }
    return Double.parseDouble(node.isString() ? node.asString() : node.asNumber());
  }
}
