package dev.gloam.testkit.internal.openapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every operation of the description, indexed for matching concrete request paths. Immutable and
 * shared by every server in the JVM.
 */
public final class OperationTable {

  /** The outcome of looking a request up. */
  public sealed interface Lookup {

    /**
     * Tells whether some operation has this path, with any method.
     *
     * @return true for {@link Found} and {@link WrongMethod}
     */
    boolean pathExists();
  }

  /**
   * The request names an operation.
   *
   * @param operation the operation
   * @param parameters the placeholder values, percent-decoded, by the description's names
   */
  public record Found(Operation operation, Map<String, String> parameters) implements Lookup {

    /**
     * Copies the parameters.
     *
     * @param operation the operation
     * @param parameters the placeholder values
     */
    public Found {
      parameters = Map.copyOf(parameters);
    }

    @Override
    public boolean pathExists() {
      return true;
    }
  }

  /** The path exists but not with this method: Discord answers 405. */
  public record WrongMethod() implements Lookup {
    @Override
    public boolean pathExists() {
      return true;
    }
  }

  /** No operation has this path: Discord answers 404. */
  public record NotFound() implements Lookup {
    @Override
    public boolean pathExists() {
      return false;
    }
  }

  private record PathItem(PathTemplate template, Map<String, Operation> byMethod) {}

  private final List<Operation> operations;
  // Templates grouped by segment count, most specific first, so the first match is the right one.
  private final Map<Integer, List<PathItem>> bySize;

  /**
   * Indexes operations.
   *
   * @param operations every operation, in the description's order
   */
  public OperationTable(List<Operation> operations) {
    this.operations = List.copyOf(operations);
    Map<String, PathItem> items = new LinkedHashMap<>();
    for (Operation operation : operations) {
      items
          .computeIfAbsent(
              operation.path().text(), text -> new PathItem(operation.path(), new TreeMap<>()))
          .byMethod()
          .put(operation.method(), operation);
    }
    Map<Integer, List<PathItem>> grouped = new TreeMap<>();
    for (PathItem item : items.values()) {
      grouped
          .computeIfAbsent(item.template().segments().size(), size -> new ArrayList<>())
          .add(item);
    }
    grouped.replaceAll(
        (size, list) -> {
          List<PathItem> sorted = new ArrayList<>(list);
          sorted.sort(Comparator.comparing(PathItem::template, PathTemplate::compareSpecificity));
          for (int i = 0; i < sorted.size(); i++) {
            PathItem item = sorted.get(i);
            sorted.set(i, new PathItem(item.template(), Map.copyOf(item.byMethod())));
          }
          return List.copyOf(sorted);
        });
    this.bySize = Map.copyOf(grouped);
  }

  /**
   * Returns every operation.
   *
   * @return the operations in the description's order
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * Finds an operation by its id.
   *
   * @param operationId for example {@code get_channel}
   * @return the operation, if there is one
   */
  public Optional<Operation> byId(String operationId) {
    return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst();
  }

  /**
   * Looks a request up.
   *
   * @param method the HTTP method
   * @param rawPath the raw (percent-encoded) path below {@code /api/v10}, starting with a slash
   * @return the operation, or why there is none
   */
  public Lookup lookup(String method, String rawPath) {
    if (!rawPath.startsWith("/")) {
      return new NotFound();
    }
    String[] raw = rawPath.substring(1).split("/", -1);
    List<String> segments = new ArrayList<>(raw.length);
    for (String segment : raw) {
      segments.add(decode(segment));
    }
    for (PathItem item : bySize.getOrDefault(segments.size(), List.of())) {
      Optional<Map<String, String>> values = item.template().match(segments);
      if (values.isPresent()) {
        Operation operation = item.byMethod().get(method);
        return operation == null ? new WrongMethod() : new Found(operation, values.get());
      }
    }
    return new NotFound();
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    try {
      // In a path a plus is a plus, not a space.
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}
