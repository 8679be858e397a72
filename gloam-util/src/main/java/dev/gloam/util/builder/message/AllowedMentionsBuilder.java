package dev.gloam.util.builder.message;

import dev.gloam.model.channel.message.AllowedMentionType;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.message.MessageChecks;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the mentions of a message that may notify (resources/message, "Allowed Mentions Object").
 * A kind in {@code parse} lets all mentions of that kind through; the explicit {@code users} and
 * {@code roles} lists let only those through, up to 100 each. Discord refuses a kind in {@code
 * parse} together with the list of the same kind, and so does {@link #build()}.
 *
 * <pre>{@code
 * AllowedMentions mentions = new AllowedMentionsBuilder()
 *     .parse(AllowedMentionType.ROLES)
 *     .users(authorId)
 *     .repliedUser(true)
 *     .build();
 * }</pre>
 *
 * <p>A builder with nothing set builds {@code {}}; {@code parse()} with no arguments builds {@code
 * {"parse": []}}, which lets no mention notify. Not thread-safe.
 */
public final class AllowedMentionsBuilder {
  private Set<AllowedMentionType> parse;
  private Set<Id<UserMarker>> users;
  private Set<Id<RoleMarker>> roles;
  private Boolean repliedUser;

  /** Starts with nothing set. */
  public AllowedMentionsBuilder() {}

  /**
   * Adds kinds of mention to let through; repeated kinds are sent once.
   *
   * @param types the kinds: {@code users}, {@code roles}, {@code everyone}
   * @return this builder
   */
  public AllowedMentionsBuilder parse(AllowedMentionType... types) {
    if (parse == null) {
      parse = new LinkedHashSet<>();
    }
    for (AllowedMentionType type : types) {
      parse.add(Objects.requireNonNull(type, "type"));
    }
    return this;
  }

  /**
   * Adds users who may be mentioned; repeated ids are sent once. Not together with {@code users} in
   * {@code parse}.
   *
   * @param users the users
   * @return this builder
   */
  @SafeVarargs
  public final AllowedMentionsBuilder users(Id<UserMarker>... users) {
    for (Id<UserMarker> user : users) {
      addUser(user);
    }
    return this;
  }

  /**
   * Adds users who may be mentioned.
   *
   * @param users the users
   * @return this builder
   */
  public AllowedMentionsBuilder users(Collection<Id<UserMarker>> users) {
    users.forEach(this::addUser);
    return this;
  }

  /**
   * Adds roles that may be mentioned; repeated ids are sent once. Not together with {@code roles}
   * in {@code parse}.
   *
   * @param roles the roles
   * @return this builder
   */
  @SafeVarargs
  public final AllowedMentionsBuilder roles(Id<RoleMarker>... roles) {
    for (Id<RoleMarker> role : roles) {
      addRole(role);
    }
    return this;
  }

  /**
   * Adds roles that may be mentioned.
   *
   * @param roles the roles
   * @return this builder
   */
  public AllowedMentionsBuilder roles(Collection<Id<RoleMarker>> roles) {
    roles.forEach(this::addRole);
    return this;
  }

  /**
   * Sets whether a reply mentions the author of the replied message; Discord's default is no.
   *
   * @param repliedUser whether to mention the replied user
   * @return this builder
   */
  public AllowedMentionsBuilder repliedUser(boolean repliedUser) {
    this.repliedUser = repliedUser;
    return this;
  }

  /**
   * Builds the allowed mentions and checks them with {@link MessageChecks#allowedMentions}.
   *
   * @return the allowed mentions
   * @throws dev.gloam.validate.ValidationException if a list has more than 100 ids, or a kind is in
   *     {@code parse} and has a list too ({@code allowed_mentions.users} or {@code
   *     allowed_mentions.roles})
   */
  public AllowedMentions build() {
    AllowedMentions mentions =
        new AllowedMentions(
            list(parse), list(roles), list(users), Optional.ofNullable(repliedUser));
    MessageChecks.allowedMentions(mentions);
    return mentions;
  }

  private void addUser(Id<UserMarker> user) {
    if (users == null) {
      users = new LinkedHashSet<>();
    }
    users.add(Objects.requireNonNull(user, "user"));
  }

  private void addRole(Id<RoleMarker> role) {
    if (roles == null) {
      roles = new LinkedHashSet<>();
    }
    roles.add(Objects.requireNonNull(role, "role"));
  }

  private static <T> Optional<List<T>> list(Set<T> set) {
    return set == null ? Optional.empty() : Optional.of(List.copyOf(set));
  }
}
