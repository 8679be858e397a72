package dev.gloam.model.gateway.command;

/**
 * What a client runs on, sent in {@link Identify}. Maps Discord's "Identify Connection Properties"
 * (events/gateway-events).
 *
 * @param os the operating system
 * @param browser the library's name
 * @param device the library's name
 */
public record IdentifyProperties(String os, String browser, String device) {

  /**
   * Returns the properties of this JVM's operating system, naming {@code library} as browser and
   * device, as Discord asks libraries to do.
   *
   * @param library the library's name, such as {@code "gloam"}
   * @return the properties
   */
  public static IdentifyProperties of(String library) {
    return new IdentifyProperties(System.getProperty("os.name", "unknown"), library, library);
  }
}
