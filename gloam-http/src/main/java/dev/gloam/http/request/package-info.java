/** The base of typed REST requests; the requests themselves live in a package per resource. */
package dev.gloam.http.request;
