package dev.gloam.model.oauth2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a bearer token grants. Maps the response of Discord's "Get Current Authorization
 * Information" (topics/oauth2).
 *
 * @param application the application the user authorized, partial
 * @param scopes the scopes the user granted the application
 * @param expires when the access token expires
 * @param user the user who authorized, if the {@code identify} scope was granted
 */
public record AuthorizationInformation(
    EmbeddedApplication application,
    List<OAuth2Scope> scopes,
    Instant expires,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user) {}
