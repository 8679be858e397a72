/** Requests for the gateway's connection details (events/gateway). */
package dev.gloam.http.request.gateway;
