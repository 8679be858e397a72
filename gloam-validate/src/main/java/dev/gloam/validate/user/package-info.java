/** Checks of users' own fields: usernames and application role connections (resources/user). */
package dev.gloam.validate.user;
