/**
 * Operating-system details of the supervisor: signals by name and number, and the glibc calls bound
 * through the foreign-function API (posix_spawn, pidfd and epoll for child exits, inotify for the
 * log directory), each with the JDK's portable way as its fallback.
 */
package io.heal.supervisor.internal;
