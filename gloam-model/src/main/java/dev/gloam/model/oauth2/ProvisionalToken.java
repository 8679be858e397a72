package dev.gloam.model.oauth2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;

/**
 * An access token for a Social SDK user, issued to the game's server through the partner SDK
 * endpoints ({@code POST /partner-sdk/token} and {@code POST /partner-sdk/token/bot}, in Discord's
 * OpenAPI description). {@link #toString()} leaves the tokens out.
 *
 * @param tokenType the token type, {@code "Bearer"}
 * @param accessToken the access token
 * @param expiresIn seconds until the access token expires
 * @param scope the granted scopes, separated by spaces
 * @param idToken the OpenID Connect ID token
 * @param refreshToken the refresh token ({@code null} if none)
 * @param scopes the granted scopes as a list, if sent
 * @param expiresAtS when the access token expires, in seconds since the epoch, if sent
 */
public record ProvisionalToken(
    String tokenType,
    String accessToken,
    int expiresIn,
    String scope,
    String idToken,
    @JsonInclude(Include.NON_ABSENT) Optional<String> refreshToken,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> scopes,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> expiresAtS) {

  /** Describes the token without its secrets. */
  @Override
  public String toString() {
    return "ProvisionalToken[tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + ", accessToken=<redacted>]";
  }
}
