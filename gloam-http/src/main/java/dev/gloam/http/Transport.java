package dev.gloam.http;

import dev.gloam.http.response.Response;
import dev.gloam.http.routing.ApiRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the {@link ApiRequest}s that typed requests build. A {@link Client} provides one to every
 * request it creates; a test or a proxy layer may supply its own. Typed requests receive one from
 * {@link Client}.
 */
public interface Transport {
  /**
   * Sends a request and waits for its answer.
   *
   * @param request the request
   * @param type the model type of a successful answer's body
   * @param <T> the model type
   * @return the successful answer
   * @throws HttpException if the request failed
   */
  <T> Response<T> send(ApiRequest request, Class<T> type);

  /**
   * Sends a request without blocking.
   *
   * @param request the request
   * @param type the model type of a successful answer's body
   * @param <T> the model type
   * @return the answer, or a {@link HttpException} on failure
   */
  <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, Class<T> type);
}
