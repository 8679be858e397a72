package dev.gloam.model.oauth2;

import java.util.List;

/**
 * The JSON Web Key Set Discord signs OpenID Connect ID tokens with. Maps the answer of "Get Public
 * Keys" ({@code GET /oauth2/keys}, in Discord's OpenAPI description).
 *
 * @param keys the keys
 */
public record PublicKeys(List<PublicKey> keys) {}
