package dev.gloam.benchmarks;

import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JMH JSON result file of {@link ParseBenchmark} into the Markdown table and the two ratios
 * of {@code docs/benchmarks.md}.
 *
 * <p>The "mix" is one payload of each kind: its time is the sum of the four payloads' times per
 * operation (1 / throughput), so the ratios weigh each payload by what it costs, not by how often
 * it runs per second.
 *
 * <pre>{@code
 * java -cp gloam-benchmarks/target/benchmarks.jar dev.gloam.benchmarks.Report results.json
 * }</pre>
 */
public final class Report {
  private static final List<String> BENCHMARKS =
      List.of("gloamParse", "jacksonTokens", "header", "skipUnwanted");

  private Report() {}

  /**
   * Prints the report.
   *
   * @param args the JMH JSON result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report <jmh-result.json>");
      System.exit(2);
    }
    JsonNode results = ModelJson.mapper().readTree(Files.readAllBytes(Path.of(args[0])));
    // payload -> benchmark -> [score, error]
    Map<String, Map<String, double[]>> scores = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String name = result.path("benchmark").asString();
      String benchmark = name.substring(name.lastIndexOf('.') + 1);
      String payload = result.path("params").path("payload").asString();
      JsonNode metric = result.path("primaryMetric");
      scores
          .computeIfAbsent(payload, p -> new LinkedHashMap<>())
          .put(
              benchmark,
              new double[] {
                metric.path("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN)
              });
    }
    StringBuilder out = new StringBuilder();
    out.append("| payload | bytes |");
    BENCHMARKS.forEach(b -> out.append(' ').append(b).append(" (ops/s) |"));
    out.append(" parse / tokens | skip / parse |\n|---|---:|");
    BENCHMARKS.forEach(b -> out.append("---:|"));
    out.append("---:|---:|\n");
    Map<String, Double> mixSeconds = new LinkedHashMap<>();
    for (var entry : scores.entrySet()) {
      Map<String, double[]> row = entry.getValue();
      out.append("| ")
          .append(entry.getKey())
          .append(" | ")
          .append(Payloads.of(entry.getKey()).length)
          .append(" |");
      for (String benchmark : BENCHMARKS) {
        double[] score = row.get(benchmark);
        out.append(' ')
            .append(format(score[0]))
            .append(" ± ")
            .append(format(score[1]))
            .append(" |");
        mixSeconds.merge(benchmark, 1 / score[0], Double::sum);
      }
      out.append(' ')
          .append(percent(row.get("gloamParse")[0] / row.get("jacksonTokens")[0]))
          .append(" | ")
          .append(percent(ratio(row)))
          .append(" |\n");
    }
    double parse = mixSeconds.get("gloamParse");
    out.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "mix (one of each payload), time per mix: parse %.1f µs, tokens %.1f µs,"
                    + " header %.2f µs, skip %.2f µs%n",
                parse * 1e6,
                mixSeconds.get("jacksonTokens") * 1e6,
                mixSeconds.get("header") * 1e6,
                mixSeconds.get("skipUnwanted") * 1e6))
        .append("(a) full parse of the mix as % of the plain token pass: ")
        .append(percent(mixSeconds.get("jacksonTokens") / parse))
        .append(" (target >= 60%)\n")
        .append("(b) scan + skip of the mix as % of parsing it: ")
        .append(percent(mixSeconds.get("skipUnwanted") / parse))
        .append(" (target < 5%)\n");
    System.out.print(out);
  }

  private static double ratio(Map<String, double[]> row) {
    // Time per skip over time per parse.
    return row.get("gloamParse")[0] / row.get("skipUnwanted")[0];
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
