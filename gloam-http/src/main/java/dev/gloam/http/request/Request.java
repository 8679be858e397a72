package dev.gloam.http.request;

import dev.gloam.http.HttpException;
import dev.gloam.http.Transport;
import dev.gloam.http.response.Response;
import dev.gloam.http.routing.ApiRequest;
import java.util.concurrent.CompletableFuture;

/**
 * A typed REST request: filled in with its own methods, then sent. Every request can be sent
 * blocking with {@link #send()} (cheap on a virtual thread) or without blocking with {@link
 * #sendAsync()}. Fields are validated against Discord's limits when the request is sent.
 *
 * @param <T> the model type of a successful answer's body
 */
public abstract class Request<T> {
  private final Transport transport;
  private final Class<T> type;

  /**
   * Creates a request; {@link dev.gloam.http.Client} does this.
   *
   * @param transport the client's transport
   * @param type the model type of a successful answer's body
   */
  protected Request(Transport transport, Class<T> type) {
    this.transport = transport;
    this.type = type;
  }

  /**
   * Validates the fields and builds the call.
   *
   * @return the call to send
   * @throws HttpException of kind {@link HttpException.Kind#VALIDATION} if a field breaks a limit
   */
  protected abstract ApiRequest toApiRequest();

  /**
   * Sends the request and waits for the answer.
   *
   * @return the successful answer
   * @throws HttpException if a field is invalid, Discord answered with an error, or the request
   *     could not be sent
   */
  public final Response<T> send() {
    return transport.send(toApiRequest(), type);
  }

  /**
   * Sends the request without blocking.
   *
   * @return the answer; it completes exceptionally with an {@link HttpException} on failure
   */
  public final CompletableFuture<Response<T>> sendAsync() {
    ApiRequest request;
    try {
      request = toApiRequest();
    } catch (HttpException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.sendAsync(request, type);
  }

  /**
   * Creates the error for a field that breaks one of Discord's limits.
   *
   * @param message which field, which limit and the actual value's size
   * @return the exception to throw
   */
  protected static HttpException invalid(String message) {
    return new HttpException(HttpException.Kind.VALIDATION, 0, null, message, null);
  }
}
