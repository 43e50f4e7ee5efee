/**
 * The admin (security) protocol, proto type 2: message encoding shared by the client's login, the admin API
 * ({@code sdk-admin}) and the embedded server, and the password hash. Internal: not for application use.
 */
package io.spikesdk.core.internal.security;
