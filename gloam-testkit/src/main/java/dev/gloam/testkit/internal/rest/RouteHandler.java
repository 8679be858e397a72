package dev.gloam.testkit.internal.rest;

/** Answers the requests of one route. */
@FunctionalInterface
public interface RouteHandler {

  /**
   * Handles an authenticated request.
   *
   * @param request the request
   * @return the response
   */
  RestResponse handle(RestRequest request);
}
