package dev.gloam.model.oauth2;

/**
 * One of the keys Discord signs OpenID Connect ID tokens with, as a JSON Web Key (RFC 7517). Part
 * of the answer of "Get Public Keys" ({@code GET /oauth2/keys}, in Discord's OpenAPI description).
 *
 * @param kty the key type, such as {@code "RSA"}
 * @param use what the key is for, {@code "sig"} for signatures
 * @param kid the key's id, matched against an ID token's {@code kid} header
 * @param n the RSA modulus, base64url
 * @param e the RSA public exponent, base64url
 * @param alg the signing algorithm, such as {@code "RS256"}
 */
public record PublicKey(String kty, String use, String kid, String n, String e, String alg) {}
