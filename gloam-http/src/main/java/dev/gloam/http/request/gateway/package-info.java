/** Requests about the gateway. Maps Discord's events/gateway section. */
package dev.gloam.http.request.gateway;
