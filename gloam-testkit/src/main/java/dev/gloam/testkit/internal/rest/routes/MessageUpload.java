package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.MultipartForm;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a create or edit message request, sent as JSON or as {@code multipart/form-data} with
 * the JSON in {@code payload_json} and files in parts named {@code files[n]} ({@code
 * reference.mdx}, "Uploading Files").
 *
 * @param json the JSON fields
 * @param files the uploaded files, in the order of the form
 */
public record MessageUpload(ObjectNode json, List<File> files) {

  private static final Pattern FILE_PART = Pattern.compile("files\\[(\\d{1,2})]|file(\\d{0,2})");

  /**
   * One uploaded file.
   *
   * @param index the {@code n} of {@code files[n]}, which attachment ids refer to
   * @param filename the file name the client gave
   * @param contentType the media type guessed from the file name, as Discord detects it
   * @param bytes the content. The server reads bodies as UTF-8 text, so text files arrive
   *     byte-exact and other bytes as UTF-8 replacement characters
   */
  public record File(int index, String filename, String contentType, byte[] bytes) {

    /**
     * Copies the bytes.
     *
     * @param index the part's number
     * @param filename the file name
     * @param contentType the media type
     * @param bytes the content
     */
    public File {
      bytes = bytes.clone();
    }

    /**
     * Returns a copy of the content.
     *
     * @return the bytes
     */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /**
   * Copies the file list.
   *
   * @param json the JSON fields
   * @param files the files
   */
  public MessageUpload {
    files = List.copyOf(files);
  }

  /**
   * Reads a request's body.
   *
   * @param request the request
   * @return the fields and files
   * @throws ApiError 400 (50109) if the JSON (or {@code payload_json}) is not an object
   */
  public static MessageUpload read(RestRequest request) {
    if (!request.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return new MessageUpload(Lookup.body(request), List.of());
    }
    MultipartForm form =
        MultipartForm.parse(request.contentType(), request.body())
            .orElseThrow(() -> new ApiError(400, 50109, "The request body contains invalid JSON."));
    ObjectNode json = Json.object();
    List<File> files = new ArrayList<>();
    Optional<MultipartForm.Part> payload = form.part("payload_json");
    if (payload.isPresent()) {
      Optional<JsonNode> parsed = Json.parse(payload.get().text());
      if (parsed.isEmpty() || !(parsed.get() instanceof ObjectNode object)) {
        throw new ApiError(400, 50109, "The request body contains invalid JSON.");
      }
      json.setAll(object);
    }
    for (MultipartForm.Part part : form.parts()) {
      Matcher file = FILE_PART.matcher(part.name());
      if (file.matches()) {
        String number = file.group(1) != null ? file.group(1) : file.group(2);
        int index = number.isEmpty() ? files.size() : Integer.parseInt(number);
        String filename = part.filename().isEmpty() ? "unknown" : part.filename();
        files.add(new File(index, filename, contentType(filename), part.bytes()));
      } else if (!part.name().equals("payload_json") && !json.has(part.name())) {
        // Discord also reads plain form fields, such as content=...
        json.put(part.name(), part.text());
      }
    }
    return new MessageUpload(json, files);
  }

  private static String contentType(String filename) {
    String guessed = URLConnection.guessContentTypeFromName(filename);
    if (guessed != null) {
      return guessed;
    }
    String lower = filename.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return "application/json";
    }
    if (lower.endsWith(".webp")) {
      return "image/webp";
    }
    if (lower.endsWith(".mp4")) {
      return "video/mp4";
    }
    if (lower.endsWith(".md") || lower.endsWith(".log")) {
      return "text/plain; charset=utf-8";
    }
    return "application/octet-stream";
  }
}
