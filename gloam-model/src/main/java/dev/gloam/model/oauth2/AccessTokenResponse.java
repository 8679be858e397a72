package dev.gloam.model.oauth2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.webhook.Webhook;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The token Discord returns from its OAuth2 token URL. Maps the "Access Token Response" of the
 * authorization code and client credentials grants, with the extra fields of the extended bot
 * authorization and the webhook flow (topics/oauth2).
 *
 * <p>{@link #toString()} hides the tokens.
 *
 * @param accessToken the access token
 * @param tokenType the token's type, {@code Bearer}
 * @param expiresIn the seconds until the access token expires
 * @param refreshToken the token to refresh the access token with; absent for the client credentials
 *     grant
 * @param scope the granted scopes, separated by spaces (see {@link #scopes()})
 * @param guild the guild the bot was added to, in the extended bot authorization
 * @param webhook the webhook created by the {@code webhook.incoming} scope
 */
public record AccessTokenResponse(
    String accessToken,
    String tokenType,
    long expiresIn,
    @JsonInclude(Include.NON_ABSENT) Optional<String> refreshToken,
    String scope,
    @JsonInclude(Include.NON_ABSENT) Optional<Guild> guild,
    @JsonInclude(Include.NON_ABSENT) Optional<Webhook> webhook) {

  /**
   * Splits {@link #scope()} into its scopes.
   *
   * @return the granted scopes, in Discord's order
   */
  public List<OAuth2Scope> scopes() {
    return Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).map(OAuth2Scope::of).toList();
  }

  /** Describes the response without its tokens, which are secrets. */
  @Override
  public String toString() {
    return "AccessTokenResponse[tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + ", guild="
        + guild.map(Guild::id)
        + ", webhook="
        + webhook
        + "]";
  }
}
