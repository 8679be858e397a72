/**
 * Requests on invites: create and list those of a channel, resolve and revoke them by code, and the
 * users an invite is limited to (resources/channel, resources/invite).
 */
package dev.gloam.http.request.invite;
