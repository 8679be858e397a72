/**
 * gloam's REST client: {@link dev.gloam.http.Client} and its errors. Maps Discord's REST API
 * (reference, topics/rate-limits).
 */
package dev.gloam.http;
