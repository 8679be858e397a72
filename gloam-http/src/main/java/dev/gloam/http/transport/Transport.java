package dev.gloam.http.transport;

import dev.gloam.http.HttpException;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.Response;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the {@link ApiRequest}s that typed requests build. A {@link dev.gloam.http.Client} gives
 * its transport to every request it creates; it paces requests with the client's rate limiter and
 * retries those answered with 429 a bounded number of times.
 */
public interface Transport {
  /**
   * Sends a request and waits for its answer.
   *
   * @param request the request
   * @param reader reads the body of a successful answer
   * @param <T> the model type
   * @return the successful answer
   * @throws HttpException if the request failed
   */
  <T> Response<T> send(ApiRequest request, BodyReader<T> reader);

  /**
   * Sends a request without blocking.
   *
   * @param request the request
   * @param reader reads the body of a successful answer
   * @param <T> the model type
   * @return the answer, or a {@link HttpException} on failure
   */
  <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, BodyReader<T> reader);
}
