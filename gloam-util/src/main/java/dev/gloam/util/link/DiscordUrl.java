package dev.gloam.util.link;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The path segments of an {@code https} URL on one of Discord's web hosts, read strictly. The query
 * and fragment are dropped, and so is one trailing slash.
 *
 * @param segments the path's segments, none empty
 * @param secret whether the input may hold a secret, so errors must not echo any of it
 */
record DiscordUrl(List<String> segments, boolean secret) {
  /** The host links are written with. */
  static final String BASE = "https://discord.com";

  private static final String SCHEME = "https://";
  private static final Set<String> HOSTS =
      Set.of(
          "discord.com",
          "canary.discord.com",
          "ptb.discord.com",
          "discordapp.com",
          "canary.discordapp.com",
          "ptb.discordapp.com");

  static DiscordUrl read(String url, boolean secret) {
    if (!url.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new LinkException(
          Kind.SCHEME,
          url.regionMatches(true, 0, "http://", 0, 7)
              ? "a Discord link must use https, not http"
              : "a Discord link starts with https://");
    }
    int hostEnd = indexOfAny(url, SCHEME.length(), "/?#");
    String host = url.substring(SCHEME.length(), hostEnd).toLowerCase(Locale.ROOT);
    if (!HOSTS.contains(host)) {
      throw new LinkException(
          Kind.HOST,
          (secret ? "the host" : "the host \"" + host + "\"")
              + " is not discord.com, discordapp.com or their canary. or ptb. versions"
              + " (ports and user information are not accepted)");
    }
    int pathEnd = indexOfAny(url, hostEnd, "?#");
    String path = url.substring(hostEnd, pathEnd);
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      return new DiscordUrl(List.of(), secret);
    }
    List<String> segments = List.of(path.substring(1).split("/", -1));
    if (segments.contains("")) {
      throw new LinkException(Kind.PATH, "the path has an empty segment");
    }
    return new DiscordUrl(segments, secret);
  }

  /** Writes a jump link: the base, {@code /channels}, and the guild id or {@code @me}. */
  static StringBuilder jumpLink(Optional<Id<GuildMarker>> guildId) {
    return new StringBuilder(BASE)
        .append("/channels/")
        .append(guildId.map(Id::toString).orElse("@me"));
  }

  String segment(int index) {
    return segments.get(index);
  }

  int size() {
    return segments.size();
  }

  /** Reads a segment as an id: digits only, no leading zero, not 0, within 64 unsigned bits. */
  <M> Id<M> id(int index, String name) {
    String text = segments.get(index);
    String shown = secret ? "" : " \"" + text + "\"";
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new LinkException(Kind.ID, "the " + name + shown + " is not a decimal id");
    }
    if (text.charAt(0) == '0') {
      throw new LinkException(
          Kind.ID, "the " + name + shown + " is 0 or starts with 0, which no Discord id does");
    }
    try {
      return Id.of(Long.parseUnsignedLong(text));
    } catch (NumberFormatException e) {
      throw new LinkException(Kind.ID, "the " + name + shown + " does not fit in 64 bits");
    }
  }

  private static int indexOfAny(String text, int from, String chars) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
