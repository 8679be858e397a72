/** What Discord answers: successful responses and error bodies. */
package dev.gloam.http.response;
