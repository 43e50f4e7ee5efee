/**
 * The secure embedded server (issue 18): users, roles and sessions ({@link SecurityStore}, shared by every node of a
 * cluster), the admin protocol on the service port ({@link AdminService}), per-connection authentication and the
 * permission checks of every command ({@link ConnectionSecurity}). Internal: not for users; may change in any release.
 *
 * <p>The permissions a command needs are the real server's (CE source {@code thr_tsvc.c}, {@code thr_info.c}); which
 * permissions each privilege grants is Enterprise-only and taken from Aerospike's documentation — see
 * {@link Permission} and {@link PrivilegeCodes}.
 */
package io.spikesdk.testkit.internal.security;
