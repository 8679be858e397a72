/** Requests on stage instances: open, read, change and close a stage (resources/stage-instance). */
package dev.gloam.http.request.stage;
