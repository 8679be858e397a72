/** Requests for users, the current user and DMs (resources/user). */
package dev.gloam.http.request.user;
