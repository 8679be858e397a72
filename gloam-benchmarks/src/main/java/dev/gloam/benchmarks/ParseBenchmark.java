package dev.gloam.benchmarks;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.PayloadHeader;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Parses gateway payloads from their UTF-8 bytes, four ways: gloam's full parse, a plain Jackson
 * token pass (the baseline), the envelope scan alone, and the skip of an unwanted event.
 *
 * <p>Throughput in operations per second, one fork, one thread, measured over 5 iterations of 2 s.
 * Warm-up is 5 iterations of 2 s for the token-level benchmarks, whose hot code is small, and 15
 * for the full parse, whose data binding runs through hundreds of deserializers that the JIT
 * compiles one by one (on a loaded 2-core machine it took about 20 s to reach a steady rate). See
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {
  /** The payload, by the event name in its {@code t}. */
  @Param({"MESSAGE_CREATE", "GUILD_CREATE", "GUILD_MEMBERS_CHUNK", "PRESENCE_UPDATE"})
  public String payload;

  private byte[] bytes;

  /** Creates the benchmark; JMH calls this. */
  public ParseBenchmark() {}

  /** Builds the payload and checks once that gloam parses it. */
  @Setup
  public void setUp() {
    bytes = Payloads.of(payload);
    Object parsed = gloamParse();
    if (parsed instanceof Optional<?> event && event.isEmpty()) {
      throw new IllegalStateException(payload + " did not parse to an event");
    }
    if (GatewayEventParser.parse(bytes, EventTypeFlags.none()).isPresent()) {
      throw new IllegalStateException(payload + " was parsed although no event is wanted");
    }
  }

  /**
   * gloam's full parse: the envelope scan, then {@code d} into the model.
   *
   * @return the event (JMH consumes it)
   */
  @Benchmark
  @Warmup(iterations = 15, time = 2)
  public Object gloamParse() {
    return GatewayEventParser.parse(bytes, EventTypeFlags.all());
  }

  /**
   * The baseline: Jackson's streaming parser over the same bytes, every token read and every name
   * and value materialized, with no data binding.
   *
   * @param blackhole consumes what is read
   */
  @Benchmark
  public void jacksonTokens(Blackhole blackhole) {
    try (JsonParser parser = ModelJson.mapper().createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME -> blackhole.consume(parser.currentName());
          case VALUE_STRING -> blackhole.consume(parser.getString());
          case VALUE_NUMBER_INT -> blackhole.consume(parser.getLongValue());
          case VALUE_NUMBER_FLOAT -> blackhole.consume(parser.getDoubleValue());
          default -> blackhole.consume(token);
        }
      }
    }
  }

  /**
   * The envelope scan alone: {@code op}, {@code s} and {@code t} found, {@code d} skipped.
   *
   * @return the envelope
   */
  @Benchmark
  public PayloadHeader header() {
    return GatewayEventParser.header(bytes);
  }

  /**
   * An unwanted event: what a shard pays for a payload whose type is not in its flags.
   *
   * @return the empty result
   */
  @Benchmark
  public Optional<Event> skipUnwanted() {
    return GatewayEventParser.parse(bytes, EventTypeFlags.none());
  }
}
