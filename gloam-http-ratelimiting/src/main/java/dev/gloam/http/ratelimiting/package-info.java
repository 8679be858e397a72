/**
 * The rate limiter interface, what it is told about each request ({@link
 * dev.gloam.http.ratelimiting.Endpoint}) and each answer ({@link
 * dev.gloam.http.ratelimiting.Outcome}), and the in-memory implementation. Maps Discord's "Rate
 * Limits" page (topics/rate-limits).
 */
package dev.gloam.http.ratelimiting;
