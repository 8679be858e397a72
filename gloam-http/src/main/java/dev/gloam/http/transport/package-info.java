/**
 * How requests reach Discord: the {@link dev.gloam.http.transport.Transport} interface, the {@link
 * dev.gloam.http.transport.ApiRequest} that typed requests build for it, and its {@link
 * dev.gloam.http.transport.RequestBody}.
 */
package dev.gloam.http.transport;
