/** The REST API and the web dashboard, served by one Javalin process over the event store. */
package org.herald.server;
