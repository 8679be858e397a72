package dev.gloam.testkit.internal.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resources of one kind kept as the JSON objects Discord's API returns, in creation order. Readers
 * get copies, so a route that edits what it read changes nothing until it {@link #put}s it back.
 * Thread safe; a route that reads, decides and writes holds {@link World#lock()} around all three.
 *
 * @param <K> the key: a snowflake, or an invite code
 */
public final class Documents<K> {

  private final Map<K, ObjectNode> byKey = new LinkedHashMap<>();

  /** Creates an empty collection. */
  public Documents() {}

  /**
   * Finds a resource.
   *
   * @param key its key
   * @return a copy, if it exists
   */
  public synchronized Optional<ObjectNode> get(K key) {
    ObjectNode document = byKey.get(key);
    return document == null ? Optional.empty() : Optional.of(document.deepCopy());
  }

  /**
   * Tells whether a resource exists.
   *
   * @param key its key
   * @return true if it does
   */
  public synchronized boolean contains(K key) {
    return byKey.containsKey(key);
  }

  /**
   * Stores a resource, replacing any with the same key but keeping its place in the order.
   *
   * @param key its key
   * @param document the object; a copy is kept
   */
  public synchronized void put(K key, ObjectNode document) {
    byKey.put(key, document.deepCopy());
  }

  /**
   * Removes a resource.
   *
   * @param key its key
   * @return what was removed, if it existed
   */
  public synchronized Optional<ObjectNode> remove(K key) {
    return Optional.ofNullable(byKey.remove(key));
  }

  /**
   * Returns every resource, oldest first.
   *
   * @return copies
   */
  public synchronized List<ObjectNode> all() {
    return where(document -> true);
  }

  /**
   * Returns the resources that match, oldest first.
   *
   * @param condition what a resource must satisfy
   * @return copies
   */
  public synchronized List<ObjectNode> where(Predicate<ObjectNode> condition) {
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode document : byKey.values()) {
      if (condition.test(document)) {
        matching.add(document.deepCopy());
      }
    }
    return matching;
  }

  /**
   * Returns the keys, oldest first.
   *
   * @return a snapshot
   */
  public synchronized List<K> keys() {
    return List.copyOf(byKey.keySet());
  }

  /**
   * Counts the resources.
   *
   * @return the number stored
   */
  public synchronized int size() {
    return byKey.size();
  }
}
