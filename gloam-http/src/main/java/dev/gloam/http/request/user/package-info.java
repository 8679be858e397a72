/** Requests on users. Maps Discord's resources/user section. */
package dev.gloam.http.request.user;
