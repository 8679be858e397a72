package dev.gloam.http.response;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The JSON body of a Discord error response. Maps Discord's "JSON Error Codes" section
 * (topics/opcodes-and-status-codes), for example {@code {"code": 10003, "message": "Unknown
 * Channel"}}.
 *
 * @param code Discord's JSON error code (0 for general HTTP errors)
 * @param message Discord's description of the error
 * @param errors for invalid form bodies (code 50035), the errors per field, as Discord nests them
 */
public record DiscordError(int code, String message, Optional<JsonNode> errors) {}
