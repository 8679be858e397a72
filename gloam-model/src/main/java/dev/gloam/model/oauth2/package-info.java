/**
 * OAuth2: scopes, the current authorization and token responses. Maps Discord's topics/oauth2
 * section.
 */
package dev.gloam.model.oauth2;
