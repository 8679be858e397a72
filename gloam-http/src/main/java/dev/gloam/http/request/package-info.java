/**
 * The base of every typed request and the pieces requests are built from: JSON bodies that tell an
 * absent field from a null one, query parameters, multipart bodies and attachment files. The
 * requests themselves live in one package per resource, such as {@code
 * dev.gloam.http.request.channel.message}.
 */
package dev.gloam.http.request;
