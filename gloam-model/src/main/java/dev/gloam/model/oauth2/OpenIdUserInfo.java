package dev.gloam.model.oauth2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The OpenID Connect claims about the user a bearer token belongs to. Maps the answer of "Get
 * OpenID Connect User Info" ({@code GET /oauth2/userinfo}, in Discord's OpenAPI description).
 *
 * @param sub the user's id
 * @param email the user's email, with the {@code email} scope ({@code null} if none)
 * @param emailVerified whether the email was verified
 * @param preferredUsername the user's username
 * @param nickname the user's global display name ({@code null} if none)
 * @param picture the URL of the user's avatar
 * @param locale the user's language
 */
public record OpenIdUserInfo(
    String sub,
    @JsonInclude(Include.NON_ABSENT) Optional<String> email,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> emailVerified,
    @JsonInclude(Include.NON_ABSENT) Optional<String> preferredUsername,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nickname,
    @JsonInclude(Include.NON_ABSENT) Optional<String> picture,
    @JsonInclude(Include.NON_ABSENT) Optional<String> locale) {}
