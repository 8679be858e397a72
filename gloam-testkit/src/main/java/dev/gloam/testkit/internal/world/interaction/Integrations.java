package dev.gloam.testkit.internal.world.interaction;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The world's state of webhooks' and interactions' secrets and messages: the interactions the human
 * started, and the messages that webhooks and interaction responses sent (with the fields the
 * message store does not keep: {@code webhook_id}, {@code interaction_metadata}, ephemeral flags,
 * edits). Webhook objects themselves live in each guild's {@code webhooks()} collection.
 */
public final class Integrations {

  /** How long an interaction token works (receiving-and-responding.mdx, "Interaction Callback"). */
  public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  /**
   * How long the bot has for its first answer unless a test sets another. Discord allows 3 s; the
   * default is generous so that slow test machines do not fail.
   */
  public static final Duration DEFAULT_RESPONSE_DEADLINE = Duration.ofSeconds(30);

  /**
   * A message sent through a webhook or as an interaction response.
   *
   * @param ownerId the webhook id, or the application id for interaction responses
   * @param interactionId the interaction it answers, or 0 for a webhook message
   * @param ephemeral whether only the human sees it (not in the channel's message store)
   * @param json the message object as REST returns it
   */
  public record ManagedMessage(
      long ownerId, long interactionId, boolean ephemeral, ObjectNode json) {

    /**
     * Copies the JSON.
     *
     * @param ownerId the owner
     * @param interactionId the interaction or 0
     * @param ephemeral whether it is ephemeral
     * @param json the message object
     */
    public ManagedMessage {
      json = json.deepCopy();
    }

    /**
     * Returns a copy of the message object.
     *
     * @return the JSON
     */
    @Override
    public ObjectNode json() {
      return json.deepCopy();
    }
  }

  private final SecretTokens tokens = new SecretTokens();
  private final Map<Long, PendingInteraction> interactions = new ConcurrentHashMap<>();
  private final Map<String, PendingInteraction> byToken = new ConcurrentHashMap<>();
  private final Map<Long, ManagedMessage> messages = new ConcurrentHashMap<>();
  private volatile Duration responseDeadline = DEFAULT_RESPONSE_DEADLINE;

  /** Creates the empty state. */
  public Integrations() {}

  /**
   * Returns where secrets come from.
   *
   * @return the token source
   */
  public SecretTokens tokens() {
    return tokens;
  }

  /**
   * Returns how long the bot has for the first answer to an interaction.
   *
   * @return the deadline
   */
  public Duration responseDeadline() {
    return responseDeadline;
  }

  /**
   * Sets how long the bot has for the first answer to an interaction.
   *
   * @param deadline a positive duration
   */
  public void responseDeadline(Duration deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("the response deadline must be positive");
    }
    this.responseDeadline = deadline;
  }

  /**
   * Remembers a new interaction.
   *
   * @param interaction the interaction
   */
  public void add(PendingInteraction interaction) {
    interactions.put(interaction.id(), interaction);
    byToken.put(interaction.token(), interaction);
  }

  /**
   * Finds an interaction by id.
   *
   * @param id the snowflake
   * @return the interaction, if the human started it
   */
  public Optional<PendingInteraction> interaction(long id) {
    return Optional.ofNullable(interactions.get(id));
  }

  /**
   * Finds an interaction by its token.
   *
   * @param token the token from a path
   * @return the interaction, if the token is one
   */
  public Optional<PendingInteraction> interactionByToken(String token) {
    return Optional.ofNullable(byToken.get(token));
  }

  /**
   * Stores or replaces a managed message.
   *
   * @param messageId the message
   * @param message the message and its owner
   */
  public void putMessage(long messageId, ManagedMessage message) {
    messages.put(messageId, message);
  }

  /**
   * Finds a managed message.
   *
   * @param messageId the message
   * @return it, if a webhook or an interaction response sent it and it is not deleted
   */
  public Optional<ManagedMessage> message(long messageId) {
    return Optional.ofNullable(messages.get(messageId));
  }

  /**
   * Forgets a deleted managed message.
   *
   * @param messageId the message
   * @return the message it was, if any
   */
  public Optional<ManagedMessage> removeMessage(long messageId) {
    return Optional.ofNullable(messages.remove(messageId));
  }
}
